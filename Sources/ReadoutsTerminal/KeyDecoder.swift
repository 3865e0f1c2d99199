import CNCursesW
import ReadoutsReader

/// Maps what `get_wch` returns to reader events.
enum KeyDecoder {
    static func decode(keyCode: Int32, screen: Screen) -> Event? {
        switch keyCode {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE:
            let size = screen.size
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE: return screen.readMouse().map { .mouse($0) }
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(keyCode - KEY_F0)))
        default: return nil
        }
    }

    /// Enter is carriage return (13): the screen reads keys in `nonl` mode, so it arrives
    /// as typed and line feed (10) is Ctrl-J, a key of its own (vim users bind it).
    static func decode(character value: UInt32) -> Event? {
        switch value {
        case 0x1B: return .key(.escape)
        case 0x09: return .key(.tab)
        case 0x0D: return .key(.enter)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(value + 0x60)!)))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20 else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}

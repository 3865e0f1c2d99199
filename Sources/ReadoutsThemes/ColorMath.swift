import Glibc

/// An sRGB colour with 8-bit channels: the common currency for contrast and distance maths.
public struct RGB: Hashable, Sendable, CustomStringConvertible {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8

    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Packs as 0xRRGGBB, the form direct-colour terminals take.
    public var packed: UInt32 { UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b) }

    public var description: String { String(format: "#%02x%02x%02x", r, g, b) }
}

/// CIELAB (D65) coordinates, in which Euclidean-ish distances match what eyes see.
public struct Lab: Hashable, Sendable {
    public var l: Double
    public var a: Double
    public var b: Double
}

/// Perceptual and accessibility maths: WCAG contrast, CIELAB and CIEDE2000.
/// Pure functions so that the tier mapping and the theme checker agree exactly.
public enum ColorMath {
    /// sRGB channel (0–255) to linear light (0–1), per the sRGB transfer curve.
    static func linear(_ channel: UInt8) -> Double {
        let c = Double(channel) / 255
        return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }

    /// WCAG 2 relative luminance (0 for black, 1 for white).
    public static func relativeLuminance(_ c: RGB) -> Double {
        0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)
    }

    /// WCAG 2 contrast ratio, 1…21; order of the arguments does not matter.
    public static func contrast(_ x: RGB, _ y: RGB) -> Double {
        let lx = relativeLuminance(x), ly = relativeLuminance(y)
        return (max(lx, ly) + 0.05) / (min(lx, ly) + 0.05)
    }

    /// Text drawn faint (SGR 2, the `dim` modifier) as the checker measures it: halfway to its
    /// background, as VTE terminals draw it (xterm's default halves the colour toward black,
    /// which on a dark background is about the same, and on a light one reads better).
    public static func faint(_ colour: RGB, on background: RGB) -> RGB {
        func half(_ x: UInt8, _ y: UInt8) -> UInt8 { UInt8((Int(x) + Int(y)) / 2) }
        return RGB(half(colour.r, background.r), half(colour.g, background.g), half(colour.b, background.b))
    }

    /// sRGB to CIELAB with the D65 white point.
    public static func lab(_ c: RGB) -> Lab {
        let r = linear(c.r), g = linear(c.g), b = linear(c.b)
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
        let y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / 1.0
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
        func f(_ t: Double) -> Double {
            t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16) / 116
        }
        let fx = f(x), fy = f(y), fz = f(z)
        return Lab(l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz))
    }

    /// CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). About 1 is a just-noticeable
    /// difference; topic colours need far more than that to be told apart at a glance.
    public static func deltaE2000(_ c1: Lab, _ c2: Lab) -> Double {
        let rad = Double.pi / 180
        let cab1 = (c1.a * c1.a + c1.b * c1.b).squareRoot()
        let cab2 = (c2.a * c2.a + c2.b * c2.b).squareRoot()
        let cMean = (cab1 + cab2) / 2
        let c7 = pow(cMean, 7)
        let g = 0.5 * (1 - (c7 / (c7 + pow(25, 7))).squareRoot())
        let a1 = (1 + g) * c1.a, a2 = (1 + g) * c2.a
        let cp1 = (a1 * a1 + c1.b * c1.b).squareRoot()
        let cp2 = (a2 * a2 + c2.b * c2.b).squareRoot()
        func hue(_ b: Double, _ a: Double) -> Double {
            if a == 0 && b == 0 { return 0 }
            let h = atan2(b, a) / rad
            return h < 0 ? h + 360 : h
        }
        let hp1 = hue(c1.b, a1), hp2 = hue(c2.b, a2)
        let dL = c2.l - c1.l
        let dC = cp2 - cp1
        var dh = 0.0
        if cp1 * cp2 != 0 {
            dh = hp2 - hp1
            if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
        }
        let dH = 2 * (cp1 * cp2).squareRoot() * sin(dh / 2 * rad)
        let lMean = (c1.l + c2.l) / 2
        let cpMean = (cp1 + cp2) / 2
        var hMean = hp1 + hp2
        if cp1 * cp2 != 0 {
            if abs(hp1 - hp2) <= 180 { hMean /= 2 } else if hp1 + hp2 < 360 { hMean = (hMean + 360) / 2 } else {
                hMean = (hMean - 360) / 2
            }
        }
        let t = 1 - 0.17 * cos((hMean - 30) * rad) + 0.24 * cos(2 * hMean * rad)
            + 0.32 * cos((3 * hMean + 6) * rad) - 0.20 * cos((4 * hMean - 63) * rad)
        let dTheta = 30 * exp(-pow((hMean - 275) / 25, 2))
        let cp7 = pow(cpMean, 7)
        let rc = 2 * (cp7 / (cp7 + pow(25, 7))).squareRoot()
        let sl = 1 + 0.015 * pow(lMean - 50, 2) / (20 + pow(lMean - 50, 2)).squareRoot()
        let sc = 1 + 0.045 * cpMean
        let sh = 1 + 0.015 * cpMean * t
        let rt = -sin(2 * dTheta * rad) * rc
        let tl = dL / sl, tc = dC / sc, th = dH / sh
        return (tl * tl + tc * tc + th * th + rt * tc * th).squareRoot()
    }

    /// CIEDE2000 between two sRGB colours.
    public static func deltaE2000(_ x: RGB, _ y: RGB) -> Double {
        deltaE2000(lab(x), lab(y))
    }
}

/// Dot products and widening for sentence vectors stored as Float16 (`Embeddings`): half
/// the memory of Float32, the arithmetic still in Float32. Eight values are widened at a
/// time with integer and float vector operations (as `TokenTableEncoder.widened` does for
/// one), so the loops stay vectorised on machines built without F16C.

/// Eight Float16 values (as their bits) as Floats, exactly, for every finite value.
@inline(__always)
func widened(_ bits: SIMD8<UInt16>) -> SIMD8<Float> {
    let wide = SIMD8<UInt32>(truncatingIfNeeded: bits)
    let magnitude = unsafeBitCast((wide & 0x7FFF) &<< 13, to: SIMD8<Float>.self) * 0x1p112
    return unsafeBitCast(unsafeBitCast(magnitude, to: SIMD8<UInt32>.self) | ((wide & 0x8000) &<< 16), to: SIMD8<Float>.self)
}

@inline(__always)
private func load8(_ pointer: UnsafePointer<Float16>, _ index: Int) -> SIMD8<Float> {
    widened(UnsafeRawPointer(pointer + index).loadUnaligned(as: SIMD8<UInt16>.self))
}

@inline(__always)
private func scalar(_ pointer: UnsafePointer<Float16>, _ index: Int) -> Float {
    TokenTableEncoder.widened(pointer[index].bitPattern)
}

/// `count` Float16 values as Floats into `output`.
func widen(_ source: UnsafePointer<Float16>, into output: UnsafeMutablePointer<Float>, count: Int) {
    var index = 0
    while index + 8 <= count {
        UnsafeMutableRawPointer(output + index).storeBytes(of: load8(source, index), as: SIMD8<Float>.self)
        index += 8
    }
    while index < count {
        output[index] = scalar(source, index)
        index += 1
    }
}

/// The dot product of a Float vector and a Float16 one.
func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float16>, count: Int) -> Float {
    var sum0 = SIMD8<Float>(), sum1 = SIMD8<Float>()
    var index = 0
    while index + 16 <= count {
        sum0 += UnsafeRawPointer(a + index).loadUnaligned(as: SIMD8<Float>.self) * load8(b, index)
        sum1 += UnsafeRawPointer(a + index + 8).loadUnaligned(as: SIMD8<Float>.self) * load8(b, index + 8)
        index += 16
    }
    var total = (sum0 + sum1).sum()
    while index < count {
        total += a[index] * scalar(b, index)
        index += 1
    }
    return total
}

/// The dot product of two Float16 vectors, in Float32.
func dot(_ a: UnsafePointer<Float16>, _ b: UnsafePointer<Float16>, count: Int) -> Float {
    var sum0 = SIMD8<Float>(), sum1 = SIMD8<Float>()
    var index = 0
    while index + 16 <= count {
        sum0 += load8(a, index) * load8(b, index)
        sum1 += load8(a, index + 8) * load8(b, index + 8)
        index += 16
    }
    var total = (sum0 + sum1).sum()
    while index < count {
        total += scalar(a, index) * scalar(b, index)
        index += 1
    }
    return total
}

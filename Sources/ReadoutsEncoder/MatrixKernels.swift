/// What a matrix product does with each result before storing it in C.
enum Epilogue {
    /// C = AB
    case store
    /// C += AB
    case accumulate
    /// C = max(C + AB, 0)
    case accumulateReLU
    /// C = max(AB + bias, 0)
    case biasReLU(UnsafePointer<Float>)
    /// C = max(AB + bias, 0) + R, R with its own row stride (a residual connection)
    case biasReLUResidual(UnsafePointer<Float>, UnsafePointer<Float>, Int)
}

/// The vector a kernel register holds: as wide as the instructions the build machine has
/// (Package.swift looks; see `CPU features` there): 16 floats with AVX-512, 8 with AVX2,
/// 4 on plain x86-64 or other machines.
#if READOUTS_AVX512
typealias Lane = SIMD16<Float>
typealias LaneBits = SIMD16<Int32>
#elseif READOUTS_FMA
typealias Lane = SIMD8<Float>
typealias LaneBits = SIMD8<Int32>
#else
typealias Lane = SIMD4<Float>
typealias LaneBits = SIMD4<Int32>
#endif

/// c += a·b, fused when the machine has FMA (without it a fused multiply-add would be a
/// slow library call, so it is a multiply then an add).
@inline(__always)
func multiplyAdd(_ c: inout Lane, _ a: Float, _ b: Lane) {
    #if READOUTS_FMA
    c.addProduct(Lane(repeating: a), b)
    #else
    c += Lane(repeating: a) * b
    #endif
}

/// Single-precision matrix products for the encoder, in Swift SIMD: a register-blocked
/// micro-kernel of 6 rows × 2 lanes (twelve registers of sums), run over blocks of rows so
/// that a panel of B is reused from cache. Matrices are row-major with explicit row
/// strides, so a convolution reads its windows as overlapping rows of A without copying.
enum MatrixKernels {
    static let blockRows = 6
    static let panelColumns = 2 * Lane.scalarCount
    /// Rows that share one sweep of B's column panels.
    static let rowChunk = 48

    /// C[m × n] (row stride ldc) ← epilogue(A[m × k] (lda) · B[k × n] (ldb)); n is a
    /// multiple of 32.
    static func multiply(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, epilogue: Epilogue
    ) {
        precondition(n % panelColumns == 0 && k > 0)
        var row = 0
        while row + blockRows <= m {
            let chunkEnd = min(m - (m - row) % blockRows, row + rowChunk)
            var column = 0
            while column < n {
                var block = row
                while block < chunkEnd {
                    kernel6(k: k, a: a + block * lda, lda: lda, b: b + column, ldb: ldb,
                            c: c, ldc: ldc, row: block, column: column, epilogue: epilogue)
                    block += blockRows
                }
                column += panelColumns
            }
            row = chunkEnd
        }
        while row < m {
            var column = 0
            while column < n {
                kernel1(k: k, a: a + row * lda, b: b + column, ldb: ldb, c: c, ldc: ldc, row: row, column: column, epilogue: epilogue)
                column += panelColumns
            }
            row += 1
        }
    }

    @inline(__always)
    private static func kernel6(
        k: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, row: Int, column: Int, epilogue: Epilogue
    ) {
        var l0 = Lane(), l1 = Lane(), l2 = Lane(), l3 = Lane(), l4 = Lane(), l5 = Lane()
        var r0 = Lane(), r1 = Lane(), r2 = Lane(), r3 = Lane(), r4 = Lane(), r5 = Lane()
        let a0 = a, a1 = a + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda
        var bRow = UnsafeRawPointer(b)
        let bStride = ldb * MemoryLayout<Float>.stride
        let laneBytes = MemoryLayout<Lane>.size
        for p in 0..<k {
            let left = bRow.loadUnaligned(as: Lane.self)
            let right = bRow.loadUnaligned(fromByteOffset: laneBytes, as: Lane.self)
            let x0 = a0[p], x1 = a1[p], x2 = a2[p], x3 = a3[p], x4 = a4[p], x5 = a5[p]
            multiplyAdd(&l0, x0, left); multiplyAdd(&r0, x0, right)
            multiplyAdd(&l1, x1, left); multiplyAdd(&r1, x1, right)
            multiplyAdd(&l2, x2, left); multiplyAdd(&r2, x2, right)
            multiplyAdd(&l3, x3, left); multiplyAdd(&r3, x3, right)
            multiplyAdd(&l4, x4, left); multiplyAdd(&r4, x4, right)
            multiplyAdd(&l5, x5, left); multiplyAdd(&r5, x5, right)
            bRow += bStride
        }
        let second = column + Lane.scalarCount
        finish(l0, c: c, ldc: ldc, row: row, column: column, epilogue: epilogue)
        finish(r0, c: c, ldc: ldc, row: row, column: second, epilogue: epilogue)
        finish(l1, c: c, ldc: ldc, row: row + 1, column: column, epilogue: epilogue)
        finish(r1, c: c, ldc: ldc, row: row + 1, column: second, epilogue: epilogue)
        finish(l2, c: c, ldc: ldc, row: row + 2, column: column, epilogue: epilogue)
        finish(r2, c: c, ldc: ldc, row: row + 2, column: second, epilogue: epilogue)
        finish(l3, c: c, ldc: ldc, row: row + 3, column: column, epilogue: epilogue)
        finish(r3, c: c, ldc: ldc, row: row + 3, column: second, epilogue: epilogue)
        finish(l4, c: c, ldc: ldc, row: row + 4, column: column, epilogue: epilogue)
        finish(r4, c: c, ldc: ldc, row: row + 4, column: second, epilogue: epilogue)
        finish(l5, c: c, ldc: ldc, row: row + 5, column: column, epilogue: epilogue)
        finish(r5, c: c, ldc: ldc, row: row + 5, column: second, epilogue: epilogue)
    }

    @inline(__always)
    private static func kernel1(
        k: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, row: Int, column: Int, epilogue: Epilogue
    ) {
        var left = Lane(), right = Lane()
        var bRow = UnsafeRawPointer(b)
        let bStride = ldb * MemoryLayout<Float>.stride
        for p in 0..<k {
            multiplyAdd(&left, a[p], bRow.loadUnaligned(as: Lane.self))
            multiplyAdd(&right, a[p], bRow.loadUnaligned(fromByteOffset: MemoryLayout<Lane>.size, as: Lane.self))
            bRow += bStride
        }
        finish(left, c: c, ldc: ldc, row: row, column: column, epilogue: epilogue)
        finish(right, c: c, ldc: ldc, row: row, column: column + Lane.scalarCount, epilogue: epilogue)
    }

    @inline(__always)
    private static func finish(
        _ sum: Lane, c: UnsafeMutablePointer<Float>, ldc: Int, row: Int, column: Int, epilogue: Epilogue
    ) {
        let target = UnsafeMutableRawPointer(c + row * ldc + column)
        let result: Lane
        switch epilogue {
        case .store:
            result = sum
        case .accumulate:
            result = target.loadUnaligned(as: Lane.self) + sum
        case .accumulateReLU:
            result = relu(target.loadUnaligned(as: Lane.self) + sum)
        case .biasReLU(let bias):
            result = relu(sum + UnsafeRawPointer(bias + column).loadUnaligned(as: Lane.self))
        case .biasReLUResidual(let bias, let residual, let stride):
            let biased = sum + UnsafeRawPointer(bias + column).loadUnaligned(as: Lane.self)
            result = relu(biased) + UnsafeRawPointer(residual + row * stride + column).loadUnaligned(as: Lane.self)
        }
        target.storeBytes(of: result, as: Lane.self)
    }
}

/// max(x, 0) per lane, with integer operators on the bits: a negative lane's sign bit,
/// shifted across the lane, masks it to +0. (The standard library's `pointwiseMax` and
/// `replace(with:where:)` are loops over lanes that are not always inlined here: measured
/// at 9 % and at more than half of the encoder's time.)
@inline(__always)
func relu(_ x: Lane) -> Lane {
    let bits = unsafeBitCast(x, to: LaneBits.self)
    return unsafeBitCast(bits & ~(bits &>> 31), to: Lane.self)
}

/// Σ a[i]·b[i] over `count` floats.
@inline(__always)
func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
    var sum0 = SIMD8<Float>(), sum1 = SIMD8<Float>()
    var index = 0
    while index + 16 <= count {
        sum0 += UnsafeRawPointer(a + index).loadUnaligned(as: SIMD8<Float>.self) * UnsafeRawPointer(b + index).loadUnaligned(as: SIMD8<Float>.self)
        sum1 += UnsafeRawPointer(a + index + 8).loadUnaligned(as: SIMD8<Float>.self) * UnsafeRawPointer(b + index + 8).loadUnaligned(as: SIMD8<Float>.self)
        index += 16
    }
    var total = (sum0 + sum1).sum()
    while index < count {
        total += a[index] * b[index]
        index += 1
    }
    return total
}

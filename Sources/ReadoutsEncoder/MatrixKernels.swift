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

/// Single-precision matrix products for the encoder, in Swift SIMD: a register-blocked
/// 6 × 8 micro-kernel (twelve 4-wide registers of sums on plain x86-64, six 8-wide ones
/// with AVX), run over blocks of rows so that a panel of B is reused from cache.
/// Matrices are row-major with explicit row strides, so a convolution reads its windows
/// as overlapping rows of A without copying them.
enum MatrixKernels {
    static let blockRows = 6
    static let panelColumns = 8
    /// Rows that share one sweep of B's column panels.
    static let rowChunk = 48

    /// C[m × n] (row stride ldc) ← epilogue(A[m × k] (lda) · B[k × n] (ldb)); n is a multiple of 8.
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
                    kernel6x8(k: k, a: a + block * lda, lda: lda, b: b + column, ldb: ldb,
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
                kernel1x8(k: k, a: a + row * lda, b: b + column, ldb: ldb, c: c, ldc: ldc, row: row, column: column, epilogue: epilogue)
                column += panelColumns
            }
            row += 1
        }
    }

    @inline(__always)
    private static func kernel6x8(
        k: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, row: Int, column: Int, epilogue: Epilogue
    ) {
        var c0 = SIMD8<Float>(), c1 = SIMD8<Float>(), c2 = SIMD8<Float>()
        var c3 = SIMD8<Float>(), c4 = SIMD8<Float>(), c5 = SIMD8<Float>()
        let a0 = a, a1 = a + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda
        var bRow = UnsafeRawPointer(b)
        let bStride = ldb * MemoryLayout<Float>.stride
        for p in 0..<k {
            let bp = bRow.loadUnaligned(as: SIMD8<Float>.self)
            c0 += SIMD8(repeating: a0[p]) * bp
            c1 += SIMD8(repeating: a1[p]) * bp
            c2 += SIMD8(repeating: a2[p]) * bp
            c3 += SIMD8(repeating: a3[p]) * bp
            c4 += SIMD8(repeating: a4[p]) * bp
            c5 += SIMD8(repeating: a5[p]) * bp
            bRow += bStride
        }
        finish(c0, c: c, ldc: ldc, row: row, column: column, epilogue: epilogue)
        finish(c1, c: c, ldc: ldc, row: row + 1, column: column, epilogue: epilogue)
        finish(c2, c: c, ldc: ldc, row: row + 2, column: column, epilogue: epilogue)
        finish(c3, c: c, ldc: ldc, row: row + 3, column: column, epilogue: epilogue)
        finish(c4, c: c, ldc: ldc, row: row + 4, column: column, epilogue: epilogue)
        finish(c5, c: c, ldc: ldc, row: row + 5, column: column, epilogue: epilogue)
    }

    @inline(__always)
    private static func kernel1x8(
        k: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, row: Int, column: Int, epilogue: Epilogue
    ) {
        var even = SIMD8<Float>(), odd = SIMD8<Float>()
        var bRow = UnsafeRawPointer(b)
        let bStride = ldb * MemoryLayout<Float>.stride
        var p = 0
        while p + 1 < k {
            even += SIMD8(repeating: a[p]) * bRow.loadUnaligned(as: SIMD8<Float>.self)
            odd += SIMD8(repeating: a[p + 1]) * (bRow + bStride).loadUnaligned(as: SIMD8<Float>.self)
            bRow += 2 * bStride
            p += 2
        }
        if p < k { even += SIMD8(repeating: a[p]) * bRow.loadUnaligned(as: SIMD8<Float>.self) }
        finish(even + odd, c: c, ldc: ldc, row: row, column: column, epilogue: epilogue)
    }

    @inline(__always)
    private static func finish(
        _ sum: SIMD8<Float>, c: UnsafeMutablePointer<Float>, ldc: Int, row: Int, column: Int, epilogue: Epilogue
    ) {
        let target = UnsafeMutableRawPointer(c + row * ldc + column)
        let zero = SIMD8<Float>()
        let result: SIMD8<Float>
        switch epilogue {
        case .store:
            result = sum
        case .accumulate:
            result = target.loadUnaligned(as: SIMD8<Float>.self) + sum
        case .accumulateReLU:
            result = pointwiseMax(target.loadUnaligned(as: SIMD8<Float>.self) + sum, zero)
        case .biasReLU(let bias):
            result = pointwiseMax(sum + UnsafeRawPointer(bias + column).loadUnaligned(as: SIMD8<Float>.self), zero)
        case .biasReLUResidual(let bias, let residual, let stride):
            let biased = sum + UnsafeRawPointer(bias + column).loadUnaligned(as: SIMD8<Float>.self)
            result = pointwiseMax(biased, zero) + UnsafeRawPointer(residual + row * stride + column).loadUnaligned(as: SIMD8<Float>.self)
        }
        target.storeBytes(of: result, as: SIMD8<Float>.self)
    }
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

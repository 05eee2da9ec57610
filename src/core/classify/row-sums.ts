/**
 * The n-gram part of a score is a sum of weight rows: per bigram occurrence, the row's ten
 * float32 weights are added to ten float64 sums. In JavaScript each weight is its own
 * bounds-checked load and widening (~10 ns a row). A small WebAssembly function with 128-bit
 * lanes loads two weights at a time, widens them to float64 and adds them in the same order,
 * so the sums are the same to the bit (~3 ns a row; row-sums.test.ts holds both to each other).
 * Where WebAssembly SIMD is missing, or the model is not ten categories of float32 weights (a
 * model being trained), the JavaScript loop sums.
 */
export interface RowSums {
  /** Room for `n` row offsets (index of a row's first weight); valid until the next reserve. */
  reserve(n: number): Int32Array;
  /** Adds the first `count` reserved rows, times `scale`, to `scores`. */
  add(count: number, scores: Float64Array, scale: number): void;
}

const CACHE = new WeakMap<object, RowSums>();

/** The row summer for a model's weights (built once per weights array). */
export function rowSumsFor(weights: ArrayLike<number>, k: number): RowSums {
  let sums = CACHE.get(weights);
  if (!sums) {
    sums =
      k === 10 && weights instanceof Float32Array && SIMD_MODULE
        ? simdRowSums(weights, SIMD_MODULE)
        : jsRowSums(weights, k);
    CACHE.set(weights, sums);
  }
  return sums;
}

/** The JavaScript sums (also the reference the WebAssembly ones are tested against). */
export function jsRowSums(weights: ArrayLike<number>, k: number): RowSums {
  let rows = new Int32Array(4096);
  const w = weights;
  return {
    reserve(n) {
      if (rows.length < n) rows = new Int32Array(2 * n);
      return rows;
    },
    add(count, scores, scale) {
      const at = rows;
      if (k !== 10) {
        for (let c = 0; c < k; c += 1) {
          let sum = 0;
          for (let j = 0; j < count; j += 1) sum += w[(at[j] as number) + c] as number;
          scores[c] = (scores[c] as number) + sum * scale;
        }
        return;
      }
      // Ten categories (the shipped set) keep the sums in locals: ~1.6× a loop over an array.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      let s6 = 0;
      let s7 = 0;
      let s8 = 0;
      let s9 = 0;
      for (let j = 0; j < count; j += 1) {
        const r = at[j] as number;
        s0 += w[r] as number;
        s1 += w[r + 1] as number;
        s2 += w[r + 2] as number;
        s3 += w[r + 3] as number;
        s4 += w[r + 4] as number;
        s5 += w[r + 5] as number;
        s6 += w[r + 6] as number;
        s7 += w[r + 7] as number;
        s8 += w[r + 8] as number;
        s9 += w[r + 9] as number;
      }
      scores[0] = (scores[0] as number) + s0 * scale;
      scores[1] = (scores[1] as number) + s1 * scale;
      scores[2] = (scores[2] as number) + s2 * scale;
      scores[3] = (scores[3] as number) + s3 * scale;
      scores[4] = (scores[4] as number) + s4 * scale;
      scores[5] = (scores[5] as number) + s5 * scale;
      scores[6] = (scores[6] as number) + s6 * scale;
      scores[7] = (scores[7] as number) + s7 * scale;
      scores[8] = (scores[8] as number) + s8 * scale;
      scores[9] = (scores[9] as number) + s9 * scale;
    },
  };
}

const PAGE = 65536;

/**
 * Memory: the weights, then the ten sums (80 bytes), then the row offsets, which grow with the
 * longest text scored.
 */
function simdRowSums(weights: Float32Array, module: WasmModule): RowSums {
  const exports = new (WASM as WasmApi).Instance(module).exports as {
    mem: { buffer: ArrayBuffer; grow(pages: number): number };
    add(rows: number, count: number, weights: number, out: number): void;
  };
  const memory = exports.mem;
  const out = align16(weights.byteLength);
  const rowsAt = out + 80;
  let capacity = 0;
  let rows = new Int32Array(0);
  let sums = new Float64Array(0);
  const grow = (n: number) => {
    const bytes = rowsAt + 4 * n;
    if (bytes > memory.buffer.byteLength)
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
    capacity = (memory.buffer.byteLength - rowsAt) >> 2;
    // Growing detaches the old views.
    rows = new Int32Array(memory.buffer, rowsAt, capacity);
    sums = new Float64Array(memory.buffer, out, 10);
  };
  grow(4096);
  new Float32Array(memory.buffer, 0, weights.length).set(weights);
  return {
    reserve(n) {
      if (capacity < n) grow(2 * n);
      return rows;
    },
    add(count, scores, scale) {
      exports.add(rowsAt, count, 0, out);
      const s = sums;
      for (let c = 0; c < 10; c += 1) scores[c] = (scores[c] as number) + (s[c] as number) * scale;
    },
  };
}

function align16(n: number): number {
  return (n + 15) & ~15;
}

/**
 * add(rows, count, weights, out), as WebAssembly bytes. For each of the `count` i32 row offsets
 * at `rows` (in weights, not bytes): five 8-byte loads at the row (two float32 each), widened
 * to float64 pairs and added to five accumulators; the accumulators, float64 sums s0…s9, are
 * stored at `out`. The module exports it with its memory.
 */
function simdModuleBytes(): Uint8Array {
  const [ROWS, COUNT, WEIGHTS, OUT, ACC, END, AT] = [0, 1, 2, 3, 4, 9, 10];
  const body: number[] = [
    ...[LOCAL_GET, ROWS, LOCAL_GET, COUNT, I32_CONST, 2, I32_SHL, I32_ADD, LOCAL_SET, END],
    ...[BLOCK, VOID, LOOP, VOID],
    ...[LOCAL_GET, ROWS, LOCAL_GET, END, I32_GE_U, BR_IF, 1],
    // at = weights + 4 × the row offset
    ...[LOCAL_GET, WEIGHTS, LOCAL_GET, ROWS, I32_LOAD, 2, 0, I32_CONST, 2, I32_SHL, I32_ADD],
    ...[LOCAL_SET, AT],
  ];
  for (let i = 0; i < 5; i += 1) {
    body.push(LOCAL_GET, ACC + i, LOCAL_GET, AT, ...simd(V128_LOAD64_ZERO), 3, ...uleb(8 * i));
    body.push(...simd(F64X2_PROMOTE_LOW_F32X4), ...simd(F64X2_ADD), LOCAL_SET, ACC + i);
  }
  body.push(LOCAL_GET, ROWS, I32_CONST, 4, I32_ADD, LOCAL_SET, ROWS, BR, 0, END_OP, END_OP);
  for (let i = 0; i < 5; i += 1)
    body.push(LOCAL_GET, OUT, LOCAL_GET, ACC + i, ...simd(V128_STORE), 4, ...uleb(16 * i));
  body.push(END_OP);
  // Locals after the four i32 parameters: five v128 accumulators, then `end` and `at`.
  const code = [
    ...vec([
      [5, V128],
      [2, I32],
    ]),
    ...body,
  ];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[FUNC, 4, I32, I32, I32, I32, 0]])),
    ...section(3, vec([[0]])),
    ...section(5, vec([[0, 1]])),
    ...section(
      7,
      vec([
        [...name('add'), 0, 0],
        [...name('mem'), 2, 0],
      ]),
    ),
    ...section(10, vec([[...uleb(code.length), ...code]])),
  ]);
}

// Opcodes and types (WebAssembly core spec and its fixed-width SIMD proposal).
const [I32, V128, FUNC, VOID] = [0x7f, 0x7b, 0x60, 0x40];
const [BLOCK, LOOP, BR, BR_IF, END_OP] = [0x02, 0x03, 0x0c, 0x0d, 0x0b];
const [LOCAL_GET, LOCAL_SET, I32_LOAD, I32_CONST] = [0x20, 0x21, 0x28, 0x41];
const [I32_GE_U, I32_ADD, I32_SHL] = [0x4f, 0x6a, 0x74];
const [V128_STORE, V128_LOAD64_ZERO, F64X2_PROMOTE_LOW_F32X4, F64X2_ADD] = [0x0b, 0x5d, 0x5f, 0xf0];

function simd(op: number): number[] {
  return [0xfd, ...uleb(op)];
}

function uleb(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  do {
    const low = rest & 0x7f;
    rest >>>= 7;
    out.push(rest ? low | 0x80 : low);
  } while (rest);
  return out;
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function section(id: number, bytes: number[]): number[] {
  return [id, ...uleb(bytes.length), ...bytes];
}

function name(s: string): number[] {
  return vec([...s].map((c) => [c.charCodeAt(0)]));
}

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule) => { exports: unknown };
}
type WasmModule = { readonly wasmModule?: never };

const WASM = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** The compiled module, or null where the runtime has no WebAssembly SIMD. */
const SIMD_MODULE: WasmModule | null = (() => {
  if (!WASM) return null;
  const bytes = simdModuleBytes();
  return WASM.validate(bytes) ? new WASM.Module(bytes) : null;
})();

/** Whether the WebAssembly sums are in use on this runtime (for tests and the bench notes). */
export const SIMD_ROW_SUMS = SIMD_MODULE !== null;

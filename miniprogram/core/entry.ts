// Parses how a student arrived (ordinary-link QR code, mini-program code, menu or share path, and
// the scene number) into a route code or a typed error, and plans where the entry page goes.
// Pure and total: any input, however broken, gives a result; nothing here throws.
// The route table, the registered prefixes and the page URLs come in as arguments
// (views/entry.ts binds the app's own), so nothing here reads configuration.
import type { RouteCode } from '../content/routes';
import { decodeOnce, readQueryString, type RawQuery } from './query';
import { err, ok, type Result } from './result';

/** How the student arrived, as far as the scene number and the query's shape tell. */
export type EntrySource = 'menu' | 'share' | 'qr' | 'wxacode' | 'article' | 'direct';

/**
 * Scene numbers (WeChat's 场景值 list, developers.weixin.qq.com/miniprogram/dev/reference/scene-list.html);
 * any other number counts as 'direct'.
 */
export const SCENE_SOURCES: Readonly<Record<number, EntrySource>> = {
  1035: 'menu',
  1007: 'share',
  1008: 'share',
  1044: 'share',
  1011: 'qr',
  1012: 'qr',
  1013: 'qr',
  1047: 'wxacode',
  1048: 'wxacode',
  1049: 'wxacode',
  1058: 'article',
  1074: 'article',
  1082: 'article',
};

export type EntryError =
  /** A key is present with nothing in it. */
  | 'empty-value'
  /** Percent-encoding that does not decode. */
  | 'bad-encoding'
  /** `q` is not an http(s) URL. */
  | 'not-a-link'
  /** `q` is a URL outside every registered prefix. */
  | 'foreign-link'
  /** A value far longer than any real one. */
  | 'too-long'
  /** A decoded `scene` longer than the platform's 32 characters. */
  | 'scene-too-long'
  /** A `scene` with characters the platform does not allow. */
  | 'scene-charset'
  /** The route code is missing or is not shaped like a code. */
  | 'bad-code'
  /** A well-formed code that the route table does not have. */
  | 'unknown-code';

export type EntryResult =
  | {
      readonly ok: true;
      readonly source: EntrySource;
      readonly route: RouteCode;
      /** Unix seconds from `scancode_time`, for ordinary-link QR codes that carry it. */
      readonly scannedAt?: number;
    }
  | { readonly ok: false; readonly source: EntrySource; readonly error: EntryError };

export interface EntryInput {
  /** The query the entry page was opened with (`onLoad`'s argument). */
  readonly query: RawQuery;
  /** The scene number from the enter options, when known. */
  readonly scene?: number | undefined;
}

export interface EntryOptions {
  /** URL prefixes registered for ordinary-link QR codes. */
  readonly prefixes: readonly string[];
  /** True for a code the route table has. */
  readonly isRouteCode: (code: string) => code is RouteCode;
}

export const MAX_SCENE_LENGTH = 32;
const SCENE_CHARSET = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
const CODE_SHAPE = /^[a-z][a-z0-9-]{0,19}$/;
const MAX_LINK_LENGTH = 1024;
const MAX_VALUE_LENGTH = 96;

type Step<T> = Result<T, EntryError>;

function fail(error: EntryError): { readonly ok: false; readonly error: EntryError } {
  return err(error);
}

/** The raw string under `key` ('' when present but empty); undefined when absent or not text. */
function rawValue(query: RawQuery, key: string): string | undefined {
  const read = readQueryString(query, key);
  if (read.ok) return read.value;
  return read.error === 'empty' ? '' : undefined;
}

function parseCode(value: string | undefined, options: EntryOptions): Step<RouteCode> {
  const code = (value ?? '').trim().toLowerCase();
  if (!CODE_SHAPE.test(code)) return fail('bad-code');
  return options.isRouteCode(code) ? ok(code) : fail('unknown-code');
}

/** Splits `a=1&b=2` into decoded pairs; the first occurrence of a key wins. */
function parseQueryString(text: string): Step<Record<string, string>> {
  const pairs: Record<string, string> = {};
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const at = piece.indexOf('=');
    const key = decodeOnce((at < 0 ? piece : piece.slice(0, at)).replace(/\+/g, ' '));
    const value = decodeOnce((at < 0 ? '' : piece.slice(at + 1)).replace(/\+/g, ' '));
    if (!key.ok) return key;
    if (!value.ok) return value;
    if (!(key.value in pairs)) pairs[key.value] = value.value;
  }
  return ok(pairs);
}

/**
 * A link or prefix in the form prefixes are compared in: scheme dropped (http and https alike),
 * host lower-cased without a leading `www.` or a default port. WeChat matches the console's rule
 * exactly, but the copy in the app's settings is typed by hand: a one-character difference there
 * (`http`, `www.`) must not send every printed code to "无法识别". The path stays exact.
 */
function comparable(url: string): string {
  const match = /^https?:\/\/([^/?#]*)(.*)$/i.exec(url.trim());
  if (!match) return url.trim().toLowerCase();
  const host = (match[1] ?? '')
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/:(80|443)$/, '');
  return `//${host}${match[2] ?? ''}`;
}

/** The part of `base` after the first prefix it starts with, or undefined when none fits. */
function afterPrefix(base: string, prefixes: readonly string[]): string | undefined {
  const url = comparable(base);
  for (const raw of prefixes) {
    if (raw.trim() === '') continue;
    const prefix = comparable(raw);
    // A prefix without a path ends at the host: `https://host` must not match `https://host.evil`.
    const bounded = /^\/\/[^/]*$/.test(prefix) ? `${prefix}/` : prefix;
    if (url.startsWith(bounded)) return url.slice(bounded.length);
    // `https://host/xueji` against the prefix `https://host/xueji/`.
    if (`${url}/` === bounded) return '';
  }
  return undefined;
}

/**
 * `q` of an ordinary-link QR code: the whole scanned URL, encoded once by the platform. It is
 * decoded once; a value that is still encoded after that (double-encoded by a relay) is decoded
 * a second time, never more.
 */
export function parseQrLink(raw: string, options: EntryOptions): Step<RouteCode> {
  if (raw.trim() === '') return fail('empty-value');
  if (raw.length > MAX_LINK_LENGTH) return fail('too-long');
  let decoded = decodeOnce(raw.trim());
  if (decoded.ok && /^https?%3A/i.test(decoded.value)) decoded = decodeOnce(decoded.value);
  if (!decoded.ok) return decoded;
  const url = decoded.value;
  if (!/^https?:\/\/[^/?#\s]+/i.test(url)) return fail('not-a-link');
  const withoutFragment = url.split('#')[0] ?? '';
  const queryAt = withoutFragment.indexOf('?');
  const base = queryAt < 0 ? withoutFragment : withoutFragment.slice(0, queryAt);
  const rest = afterPrefix(base, options.prefixes);
  if (rest === undefined) return fail('foreign-link');
  const query = parseQueryString(queryAt < 0 ? '' : withoutFragment.slice(queryAt + 1));
  if (!query.ok) return query;
  const fromQuery = query.value.r;
  if (fromQuery !== undefined) return parseCode(fromQuery, options);
  // A code written as the path after the prefix (`<prefix>p3`) works too; the bare prefix opens home.
  const fromPath = rest.replace(/^\/+|\/+$/g, '');
  return fromPath === '' ? ok('home' as const) : parseCode(fromPath, options);
}

/** `scene` of a mini-program code: URL-encoded by the platform, ≤ 32 allowed characters. */
export function parseScene(raw: string, options: EntryOptions): Step<RouteCode> {
  if (raw.trim() === '') return fail('empty-value');
  if (raw.length > MAX_SCENE_LENGTH * 3) return fail('scene-too-long');
  const decoded = decodeOnce(raw.trim());
  if (!decoded.ok) return decoded;
  const scene = decoded.value;
  if (scene.length > MAX_SCENE_LENGTH) return fail('scene-too-long');
  if (!SCENE_CHARSET.test(scene)) return fail('scene-charset');
  if (!scene.includes('=')) return parseCode(scene, options);
  const pairs = parseQueryString(scene);
  return pairs.ok ? parseCode(pairs.value.r, options) : pairs;
}

/** `r` of a plain path (menu pagepath, share card, wxacode.get path). */
export function parsePathCode(raw: string, options: EntryOptions): Step<RouteCode> {
  if (raw.trim() === '') return fail('empty-value');
  if (raw.length > MAX_VALUE_LENGTH) return fail('too-long');
  const decoded = decodeOnce(raw);
  return decoded.ok ? parseCode(decoded.value, options) : decoded;
}

function sourceOf(input: EntryInput): EntrySource {
  const query = input.query;
  if (rawValue(query, 'q') !== undefined) return 'qr';
  if (rawValue(query, 'scene') !== undefined) return 'wxacode';
  const fromScene = typeof input.scene === 'number' ? SCENE_SOURCES[input.scene] : undefined;
  if (fromScene) return fromScene;
  // Without a scene number (DevTools, old clients), trust the tag our own paths carry.
  const tag = rawValue(query, 'from');
  return tag === 'menu' || tag === 'share' ? tag : 'direct';
}

function scanTime(query: RawQuery): number | undefined {
  const raw = rawValue(query, 'scancode_time');
  return raw !== undefined && /^\d{1,12}$/.test(raw) ? Number(raw) : undefined;
}

export function parseEntry(input: EntryInput, options: EntryOptions): EntryResult {
  const source = sourceOf(input);
  const q = rawValue(input.query, 'q');
  const scene = rawValue(input.query, 'scene');
  const code = rawValue(input.query, 'r');
  let step: Step<RouteCode>;
  if (q !== undefined) step = parseQrLink(q, options);
  else if (scene !== undefined) step = parseScene(scene, options);
  else if (code !== undefined) step = parsePathCode(code, options);
  // The entry page opened with nothing at all: the guide's start, no complaint.
  else step = ok('home' as const);
  if (!step.ok) return { ok: false, source, error: step.error };
  const scannedAt = q !== undefined ? scanTime(input.query) : undefined;
  return scannedAt === undefined
    ? { ok: true, source, route: step.value }
    : { ok: true, source, route: step.value, scannedAt };
}

/**
 * Arrivals that show the guide's starting point first: the official-account menu and the codes
 * posted on orientation day. The home page (with step 1 marked) opens underneath the topic, so
 * Back from the topic leads to the start of the guide instead of out of the mini-program.
 * Share cards and article links go straight to their page.
 */
export const STARTING_POINT_FIRST: readonly EntrySource[] = ['menu', 'qr', 'wxacode'];

export interface EntryPlan {
  /** Page that replaces the entry page first, with `target` opened on top; null for none. */
  readonly start: string | null;
  /** The page the student ends up looking at. */
  readonly target: string;
}

/** The pages an entry can lead to, as URLs (views/entry.ts gives the app's own). */
export interface EntryUrls {
  /** Home as it is. */
  readonly home: string;
  /** Home with step 1 marked as the place to start. */
  readonly homeStart: string;
  /** Home with a notice for an arrival that could not be used (never the raw input). */
  readonly notice: (error: EntryError) => string;
  readonly route: (code: RouteCode) => string;
}

export function planEntry(result: EntryResult, urls: EntryUrls): EntryPlan {
  if (!result.ok) return { start: null, target: urls.notice(result.error) };
  const startFirst = STARTING_POINT_FIRST.includes(result.source);
  if (result.route === 'home') {
    return { start: null, target: startFirst ? urls.homeStart : urls.home };
  }
  return { start: startFirst ? urls.homeStart : null, target: urls.route(result.route) };
}

import { realpathSync, statSync, readFileSync, existsSync, lstatSync, readdirSync, mkdirSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { h as numberOf, j as notContent, k as diagnostic, l as RULES, m as draftOwners, o as registryOf, a as finishChunk, p as parseChunk, N as NEXT_CHUNK, S as STATE, s as stateCell, t as tutorialOf, g as applyRuleConfig, q as check, u as generate, v as countBySeverity, y as yaml, C as CHANNELS, w as resolveChannels, x as defaultConfig, b as sortDiagnostics, z as unified, A as remarkParse, B as remarkGfm, D as visit, E as SKIP, F as exerciseTitle } from './work.js';
import { U as UsageError } from './errors.js';
import { g as getDefaultExportFromCjs } from './_commonjsHelpers.js';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

// Path handling at the edge: display paths for reports, and containment in the workspace.
/** POSIX-style path relative to `cwd` (what every report shows). */
function displayPath(abs, cwd) {
    const rel = path.relative(cwd, abs);
    const out = rel === '' ? '.' : rel;
    return out.split(path.sep).join('/');
}
function isInside(root, target) {
    const rel = path.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
/**
 * Resolves `p` (relative to `base`) and refuses anything outside `root`, following symlinks
 * for the parts that exist. `what` names the input in the error (e.g. "tutorial", "config").
 */
function resolveInside(root, base, p, what) {
    const abs = path.resolve(base, p);
    if (!isInside(root, abs)) {
        throw new UsageError(`${what} path "${p}" is outside the workspace (${root})`);
    }
    // What does not exist yet (a draft to be written) is judged by its nearest existing folder:
    // a symbolic link on the way must not lead out either.
    let existing = abs;
    let real;
    for (;;) {
        try {
            real = realpathSync(existing);
            break;
        }
        catch {
            const parent = path.dirname(existing);
            if (parent === existing)
                break;
            existing = parent;
        }
    }
    const realRoot = realpathSync(root);
    if (real !== undefined && !isInside(realRoot, real)) {
        throw new UsageError(`${what} path "${p}" leads outside the workspace through a symbolic link`);
    }
    return abs;
}
/** True when `abs` (which exists) really lies inside `root` once symlinks are followed. */
function realInside(root, abs) {
    try {
        return isInside(realpathSync(root), realpathSync(abs));
    }
    catch {
        return false;
    }
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

// Which tutorial a committed draft belongs to, from its file name or its first lines. Pure: the
// shell (src/io/project.ts) reads the files and hands in their names and text.
//
// - By name: the file's base name contains the tutorial's folder name between separators (start or
//   end of the name, `_`, `-`, `.`, space): `2026-01-04__101_getting-started__draft.md`,
//   `linkedin-draft__101_getting-started.md`, `101_getting-started-talk.md`. Case is ignored.
//   When folder names nest (`kafka` and `kafka-streams`), the longest that matches wins.
// - By content: the front matter or the first lines name the tutorial's path
//   (`tutorial: tutorials/101_getting-started`, `Source: tutorials/101_getting-started/README.md`).
/** Lines of the file read for a tutorial path (front matter included). */
const HEAD_LINES = 20;
const SEP = '[\\s._-]';
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function nameRe(name) {
    return new RegExp(`(?:^|${SEP})${escapeRe(name)}(?:${SEP}|$)`, 'i');
}
function pathRe(p) {
    // a path token: not glued to more path characters on either side (a trailing `/…` is fine)
    return new RegExp(`(?<![\\w./-])(?:\\./)?${escapeRe(p)}(?=/|[^\\w.-]|\\.(?:\\s|$)|$)`, 'm');
}
function longest(refs) {
    let best;
    for (const r of refs)
        if (!best || r.name.length > best.name.length)
            best = r;
    return best;
}
/** The tutorial a draft belongs to, or undefined when its name and first lines name none. */
function matchDraft(file, text, tutorials) {
    const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    const byName = longest(tutorials.filter((t) => t.name !== '' && nameRe(t.name).test(base)));
    if (byName)
        return { tutorial: byName, by: 'name' };
    const head = text.split('\n', HEAD_LINES).join('\n');
    let best;
    for (const t of tutorials) {
        for (const p of t.paths) {
            const clean = p.replace(/\/+$/, '');
            if (clean === '' || clean === '.')
                continue;
            if (pathRe(clean).test(head) && (!best || clean.length > best.len)) {
                best = { ref: t, len: clean.length };
            }
        }
    }
    return best ? { tutorial: best.ref, by: 'content' } : undefined;
}

// Does a folder look like a tutorial? Decided from names only (the shell lists, this decides), so
// autodetection recognises the same layouts the reader orders (src/tutorial/order.ts). Pure.
const MD = /\.(?:md|markdown)$/i;
const INTRO = /^(?:readme|index|_index)\.(?:md|markdown)$/i;
const chapterFiles = (files) => files.filter((f) => MD.test(f) && notContent(f) === undefined);
/** Numbered Markdown files or a SUMMARY.md: a tutorial of its own. */
function selfContained(files) {
    const md = chapterFiles(files);
    return md.some((f) => /^summary\.md$/i.test(f)) || md.some((f) => numberOf(f) !== undefined);
}
/**
 * A SUMMARY.md, a mkdocs.yml, numbered chapter files (`01-x.md`, `lab-3-x.md`), a README beside
 * numbered chapter folders (`01-x/README.md`, `Lab3/README.md`), or a README beside `docs/`.
 * A folder whose numbered subfolders are tutorials themselves is a collection, not a tutorial.
 */
function looksLikeTutorial$1(l) {
    if (selfContained(l.files))
        return true;
    if (l.files.some((f) => /^mkdocs\.ya?ml$/i.test(f)))
        return true;
    const intro = l.files.some((f) => INTRO.test(f));
    if (!intro)
        return false;
    const numbered = l.folders.filter((d) => numberOf(d.name) !== undefined && notContent(`${d.name}/x.md`) === undefined);
    if (numbered.length > 0 &&
        numbered.some((d) => chapterFiles(d.files).length > 0) &&
        !numbered.some((d) => selfContained(d.files))) {
        return true;
    }
    return l.folders.some((d) => d.name.toLowerCase() === 'docs' && chapterFiles(d.files).length > 0);
}

// The config's `ignore:` globs (picomatch), matched against workspace-relative POSIX paths. A
// pattern that matches a folder ignores everything under it.
const cache = new WeakMap();
/** A matcher for absolute paths under `root`; nothing is ignored without patterns. */
function ignoreMatcher(root, patterns) {
    if (!patterns || patterns.length === 0)
        return () => false;
    let match = cache.get(patterns);
    if (!match) {
        match = picomatch([...patterns], { dot: true });
        cache.set(patterns, match);
    }
    const test = match;
    return (abs) => {
        const rel = path.relative(root, abs).split(path.sep).join('/');
        if (rel === '' || rel.startsWith('../'))
            return false;
        // the path itself or any folder above it
        const parts = rel.split('/');
        for (let i = parts.length; i > 0; i--)
            if (test(parts.slice(0, i).join('/')))
                return true;
        return false;
    };
}

// Reading source files at the edge: size cap, strict UTF-8, no NUL bytes. Problems become
// diagnostics (with line:col of the first bad byte) so one bad file never stops the run.
/** Files larger than this are not read (a tutorial chapter or registry file is far smaller). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');
/** 1-based line and column of `offset` in `text`. */
function lineColAt(text, offset) {
    const before = text.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    return { line: before.split('\n').length, column: [...before.slice(nl + 1)].length + 1 };
}
/**
 * Deepest nesting of lists and blockquotes we read. Markdown parsers recurse per level (remark
 * overflows the stack near 10,000 and slows down quadratically long before); real documents stay
 * under ten.
 */
const MAX_NESTING = 100;
// A line opening more than MAX_NESTING containers (`- - - …`, `>>>…`), or indented that deep.
const DEEP_MARKERS = new RegExp(`^(?:[ \\t]*(?:[-*+>]|\\d{1,9}[.)])(?=[ \\t>]|$)){${MAX_NESTING + 1},}`, 'm');
const DEEP_INDENT = new RegExp(`^[ \\t]{${4 * MAX_NESTING},}\\S`, 'm');
/** Where a text nests deeper than MAX_NESTING, or -1. */
function tooDeep(text) {
    const a = DEEP_MARKERS.exec(text);
    const b = DEEP_INDENT.exec(text);
    const at = [a?.index, b?.index].filter((x) => x !== undefined);
    return at.length === 0 ? -1 : Math.min(...at);
}
/** Reads one file as strict UTF-8 text; `display` is its display path, `rule` the rule for problems. */
function readSource(abs, display, rule) {
    const at = { file: display, line: 1, column: 1 };
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    let bytes;
    try {
        const size = statSync(abs).size;
        if (size > MAX_FILE_BYTES) {
            const why = `file is too large to read (${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)})`;
            return { diagnostic: diagnostic(rule, at, why) };
        }
        bytes = readFileSync(abs);
    }
    catch (e) {
        const code = e.code ?? 'error';
        return { diagnostic: diagnostic(rule, at, `cannot read file (${code})`) };
    }
    let text;
    try {
        text = strict.decode(bytes);
    }
    catch {
        // The lossy decoding marks the first bad byte with U+FFFD: that is where we point.
        const shown = lossy.decode(bytes);
        const at = lineColAt(shown, Math.max(0, shown.indexOf('\uFFFD')));
        return {
            diagnostic: diagnostic(rule, { file: display, ...at }, 'file is not valid UTF-8 text')
        };
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        const at = lineColAt(text, nul);
        return {
            diagnostic: diagnostic(rule, { file: display, ...at }, 'binary file (NUL byte), not text')
        };
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const deep = tooDeep(text);
    if (deep >= 0) {
        const at = lineColAt(text, deep);
        const why = `lists or blockquotes nest deeper than ${MAX_NESTING} levels; not read`;
        return { diagnostic: diagnostic(rule, { file: display, ...at }, why) };
    }
    return { file: { path: display, text } };
}

// The shell's view of a project on disk: find tutorials, registry folders and committed drafts,
// read them into SourceFiles, and say where drafts go. Everything outside the workspace is refused.
/** Folders never searched when autodetecting or listing files. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'build', 'publication-drafts']);
const TUTORIAL_FILE = /\.(?:md|markdown)$/i;
const MKDOCS = /^mkdocs\.ya?ml$/i;
const REGISTRY_FILE = /\.(md|markdown|ya?ml)$/i;
function skipDir(name) {
    return name.startsWith('.') || SKIP_DIRS.has(name);
}
function list(dir) {
    try {
        return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }
    catch {
        return [];
    }
}
const fileNames = (entries) => entries.filter((e) => !e.isDirectory()).map((e) => e.name);
/** True when a folder looks like a tutorial (the layouts src/tutorial/layout.ts knows). */
function looksLikeTutorial(dir) {
    const entries = list(dir);
    const folders = entries
        .filter((e) => e.isDirectory() && !skipDir(e.name))
        .map((e) => ({ name: e.name, files: fileNames(list(path.join(dir, e.name))) }));
    return looksLikeTutorial$1({ files: fileNames(entries), folders });
}
/** Tutorial folders and registry folders (named `claims`) under the workspace, sorted. */
function autodetect(ws) {
    const tutorials = [];
    const claims = [];
    const ignored = ignoreMatcher(ws.root, ws.ignore);
    const walk = (dir, depth, inTutorial) => {
        if (depth > 8)
            return;
        for (const e of list(dir)) {
            if (!e.isDirectory() || skipDir(e.name))
                continue;
            const abs = path.join(dir, e.name);
            if (ignored(abs))
                continue;
            if (e.name === 'claims')
                claims.push(abs);
            else if (inTutorial)
                continue;
            else if (looksLikeTutorial(abs)) {
                tutorials.push(abs);
                walk(abs, depth + 1, true); // a registry may sit inside; nested tutorials are chapters
            }
            else
                walk(abs, depth + 1, false);
        }
    };
    // a repository that is one tutorial (README.md beside docs/, a SUMMARY.md, a mkdocs.yml)
    const rootIsTutorial = looksLikeTutorial(ws.root);
    if (rootIsTutorial)
        tutorials.push(ws.root);
    walk(ws.root, 0, rootIsTutorial);
    return { tutorials, claims };
}
function skipReason(name) {
    if (name === 'node_modules')
        return 'installed dependencies; not read';
    if (name === 'publication-drafts')
        return 'amplification drafts; not read as chapters';
    if (name.startsWith('.'))
        return 'hidden folder; not read';
    return 'build output; not read';
}
/** Reads every file under `dir` whose name matches `accept`, refusing symlinks that leave the workspace. */
function collect$1(ws, dir, accept, rule, recursive, exclude = new Map(), skip = skipDir) {
    const out = { files: [], diagnostics: [], skipped: [] };
    const ignored = ignoreMatcher(ws.root, ws.ignore);
    const walk = (d) => {
        for (const e of list(d)) {
            const abs = path.join(d, e.name);
            if (ignored(abs))
                continue;
            const display = displayPath(abs, ws.cwd);
            let isDir = e.isDirectory();
            if (e.isSymbolicLink()) {
                if (!realInside(ws.root, abs)) {
                    const at = { file: display, line: 1, column: 1 };
                    const why = 'symbolic link leads outside the workspace; not read';
                    out.diagnostics.push(diagnostic(rule, at, why));
                    continue;
                }
                try {
                    isDir = statSync(abs).isDirectory();
                }
                catch {
                    continue; // dangling link
                }
            }
            if (isDir) {
                const excluded = exclude.get(abs);
                if (excluded !== undefined || skip(e.name)) {
                    if (e.name !== '.git') {
                        out.skipped.push({ file: `${display}/`, reason: excluded ?? skipReason(e.name) });
                    }
                }
                else
                    walk(abs);
                continue;
            }
            if (!accept(e.name, abs))
                continue;
            const r = readSource(abs, display, rule);
            if ('file' in r)
                out.files.push(r.file);
            else
                out.diagnostics.push(r.diagnostic);
        }
    };
    walk(dir);
    return out;
}
/** `p` (relative to `base`) as an absolute folder inside the workspace; UsageError otherwise. */
function requireDir(ws, base, p, what) {
    const abs = resolveInside(ws.root, base, p, what);
    if (!existsSync(abs))
        throw new UsageError(`${what} path "${p}" does not exist`);
    if (!lstatSync(abs).isDirectory() && !statSync(abs).isDirectory()) {
        throw new UsageError(`${what} path "${p}" is not a folder`);
    }
    return abs;
}
/** Absolute tutorial and registry folders for a selection: arguments, else config, else autodetection. */
function resolveFolders(ws, config, sel) {
    // Paths on the command line are relative to the working directory, those in the config to the root.
    const pick = (args, configured, what) => args && args.length > 0
        ? args.map((p) => requireDir(ws, ws.cwd, p, what))
        : configured.map((p) => requireDir(ws, ws.root, p, what));
    let tutorialDirs = pick(sel.tutorials, config.tutorials, 'tutorial');
    let claimDirs = pick(sel.claims, config.claims, 'claims');
    let autodetected = false;
    if (tutorialDirs.length === 0 || claimDirs.length === 0) {
        const found = autodetect(ws);
        if (tutorialDirs.length === 0)
            tutorialDirs = found.tutorials;
        if (claimDirs.length === 0)
            claimDirs = found.claims;
        autodetected = true;
    }
    if (tutorialDirs.length === 0) {
        throw new UsageError('no tutorial found: pass tutorial folders, list them under "tutorials:" in the config, or add numbered chapters (01-*.md)');
    }
    return {
        tutorialDirs: [...new Set(tutorialDirs)],
        claimDirs: [...new Set(claimDirs)],
        autodetected
    };
}
/**
 * Reads one tutorial folder's Markdown files (and a mkdocs.yml at its top). Folders not read are
 * listed with the reason; `claimDirs` (registries inside the folder) are among them.
 */
function readTutorial(ws, dir, claimDirs = []) {
    const exclude = new Map(claimDirs.filter((d) => d !== dir).map((d) => [d, 'claims registry; read as the registry']));
    const accept = (name, abs) => TUTORIAL_FILE.test(name) || (MKDOCS.test(name) && path.dirname(abs) === dir);
    const c = collect$1(ws, dir, accept, RULES.tutorialStructure, true, exclude);
    const out = {
        dir: displayPath(dir, ws.cwd),
        files: c.files,
        diagnostics: c.diagnostics
    };
    if (c.skipped.length > 0)
        out.skipped = c.skipped;
    return out;
}
/** Reads every registry file of the given folders. */
function readRegistry(ws, dirs) {
    const out = { files: [], diagnostics: [], skipped: [] };
    for (const d of dirs) {
        const c = collect$1(ws, d, (n) => REGISTRY_FILE.test(n), RULES.registryParse);
        out.files.push(...c.files);
        out.diagnostics.push(...c.diagnostics);
    }
    return out;
}
/** Absolute path of the draft for a tutorial folder. */
function draftPathFor(ws, config, tutorialDir) {
    const name = path.basename(tutorialDir);
    const file = config.draftFileName.replace(/\{tutorial\}/g, name);
    const dir = config.draftsDir
        ? resolveInside(ws.root, ws.root, config.draftsDir, 'drafts')
        : path.join(path.dirname(tutorialDir), 'publication-drafts');
    return resolveInside(ws.root, ws.root, path.join(dir, file), 'draft');
}
/** Markdown files, the only ones a drafts folder or a `drafts.paths` glob yields. */
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
/** Every tutorial folder of the project, whatever the selection: config, else autodetected. */
function knownTutorials(ws, config) {
    try {
        return config.tutorials.length > 0
            ? config.tutorials.map((p) => requireDir(ws, ws.root, p, 'tutorial'))
            : autodetect(ws).tutorials;
    }
    catch {
        return []; // a broken config entry is reported where the tutorials are read
    }
}
function isDir(abs) {
    try {
        return statSync(abs).isDirectory();
    }
    catch {
        return false;
    }
}
/** Drafts folders: `publication-drafts/` beside each tutorial, `drafts.dir`, and `dir`. */
function draftFolders(ws, config, tutorials, dir) {
    const out = new Set();
    for (const t of tutorials) {
        const beside = path.join(path.dirname(t), 'publication-drafts');
        if (isDir(beside))
            out.add(beside);
    }
    if (config.draftsDir) {
        const abs = resolveInside(ws.root, ws.root, config.draftsDir, 'drafts');
        if (isDir(abs))
            out.add(abs);
    }
    if (dir)
        out.add(requireDir(ws, ws.cwd, dir, 'drafts'));
    return [...out].sort();
}
/** Files matching the `drafts.paths` globs, walked from each pattern's fixed base folder. */
function globbed(ws, patterns) {
    const out = { files: [], diagnostics: [], skipped: [] };
    if (patterns.length === 0)
        return out;
    const isMatch = picomatch([...patterns], { dot: true });
    const bases = new Set();
    for (const p of patterns) {
        const base = picomatch.scan(p).base;
        const abs = path.resolve(ws.root, base);
        if (isDir(abs) && realInside(ws.root, abs))
            bases.add(abs);
    }
    const seen = new Set();
    for (const base of [...bases].sort()) {
        const c = collect$1(ws, base, (_name, abs) => MARKDOWN.test(abs) && isMatch(displayPath(abs, ws.root)), RULES.tutorialStructure, true, new Map(), (name) => name === 'node_modules' || name === '.git');
        for (const f of c.files) {
            if (seen.has(f.path))
                continue;
            seen.add(f.path);
            out.files.push(f);
        }
        out.diagnostics.push(...c.diagnostics);
    }
    return out;
}
/**
 * The committed drafts of the selected tutorials, and a `draft/unmatched` finding for every
 * Markdown file in a drafts folder (or matched by `drafts.paths`) that belongs to no tutorial of
 * the project. Drafts of project tutorials outside the selection are left to their own run. The
 * CLI's `check` and the action both call this, so they guard the same files.
 */
function discoverDrafts(ws, config, tutorialDirs, search = {}) {
    const selected = new Set(tutorialDirs);
    const universe = [...new Set([...tutorialDirs, ...knownTutorials(ws, config)])];
    const refs = universe.map((abs) => {
        const ref = {
            name: path.basename(abs),
            paths: [...new Set([displayPath(abs, ws.root), displayPath(abs, ws.cwd)])],
            abs
        };
        return ref;
    });
    const drafts = [];
    const diagnostics = [];
    const ignored = ignoreMatcher(ws.root, ws.ignore);
    const files = [];
    const seen = new Set();
    const add = (c) => {
        diagnostics.push(...c.diagnostics);
        for (const f of c.files) {
            const abs = path.resolve(ws.cwd, f.path);
            if (seen.has(abs) || search.exclude?.has(abs) || ignored(abs))
                continue;
            seen.add(abs);
            files.push(f);
        }
    };
    for (const dir of draftFolders(ws, config, universe, search.dir)) {
        add(collect$1(ws, dir, (n) => MARKDOWN.test(n), RULES.tutorialStructure));
    }
    add(globbed(ws, config.draftPaths));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of files) {
        const m = matchDraft(displayPath(path.resolve(ws.cwd, f.path), ws.root), f.text, refs);
        if (m) {
            const ref = m.tutorial;
            if (selected.has(ref.abs))
                drafts.push({ tutorial: ref.name, file: f });
            continue;
        }
        const names = refs.map((r) => r.name).sort();
        const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
        diagnostics.push(diagnostic(RULES.draftUnmatched, { file: f.path, line: 1, column: 1 }, `not matched to any tutorial, so not guarded: the file name contains no tutorial folder name (${shown || 'none found'}) and its first ${HEAD_LINES} lines name no tutorial path; put the folder name in the file name (linkedin-draft__<tutorial>.md) or a line such as "tutorial: <path>" in its front matter`));
    }
    return { drafts, diagnostics };
}
/** Loads everything the engine needs for a selection (`registry`: read already, not read again). */
function loadProject(ws, config, sel, registry) {
    const { tutorialDirs, claimDirs, autodetected } = resolveFolders(ws, config, sel);
    const loadDiagnostics = [];
    const tutorials = tutorialDirs.map((d) => {
        const { diagnostics, ...t } = readTutorial(ws, d, claimDirs);
        loadDiagnostics.push(...diagnostics);
        return t;
    });
    const reg = registry ?? readRegistry(ws, claimDirs);
    loadDiagnostics.push(...reg.diagnostics);
    let drafts = [];
    if (sel.guardDrafts !== false) {
        const d = discoverDrafts(ws, config, tutorialDirs, {
            ...(sel.drafts ? { dir: sel.drafts } : {}),
            ...(sel.excludeDrafts ? { exclude: sel.excludeDrafts } : {})
        });
        drafts = d.drafts;
        loadDiagnostics.push(...d.diagnostics);
    }
    const coverage = !sel.tutorials?.length && (autodetected || config.tutorials.length > 0);
    return {
        input: {
            tutorials,
            registry: reg.files,
            config,
            drafts,
            coverage,
            loadDiagnostics,
            ...(registry ? { parsedRegistry: registry.parsed } : {})
        },
        tutorialDirs,
        claimDirs
    };
}

// Writing drafts atomically: every file is first written in full to a temporary file beside its
// target, then all are renamed into place. Targets that cannot take a file (a folder in the way)
// are refused before anything is written; if a rename still fails, the files already renamed get
// their earlier content back. Either every draft is new or every draft is as it was.
function current(p) {
    try {
        return readFileSync(p, 'utf8');
    }
    catch {
        return undefined;
    }
}
function refuseUnwritable(f) {
    let stat;
    try {
        stat = lstatSync(f.path);
    }
    catch {
        return; // nothing there yet
    }
    if (!stat.isFile()) {
        const what = stat.isDirectory() ? 'a folder' : 'not a regular file';
        throw new UsageError(`cannot write the draft: ${f.display ?? f.path} is ${what}`);
    }
}
function writeFilesAtomically(files) {
    const outcome = { written: [], unchanged: [] };
    const changed = [];
    for (const f of files) {
        refuseUnwritable(f);
        const before = current(f.path);
        if (before === f.content)
            outcome.unchanged.push(f.path);
        else
            changed.push({ file: f, before });
    }
    const staged = [];
    const renamed = [];
    try {
        for (const { file, before } of changed) {
            mkdirSync(path.dirname(file.path), { recursive: true });
            const tmp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.${staged.length}.tmp`);
            writeFileSync(tmp, file.content, { encoding: 'utf8', flag: 'wx' });
            staged.push({ tmp, file, before });
        }
        for (const s of staged) {
            renameSync(s.tmp, s.file.path);
            renamed.push(s);
        }
    }
    catch (e) {
        for (const s of staged)
            if (!renamed.includes(s))
                rmSync(s.tmp, { force: true });
        for (const s of renamed) {
            if (s.before === undefined)
                rmSync(s.file.path, { force: true });
            else
                writeFileSync(s.file.path, s.before, 'utf8');
        }
        throw e;
    }
    outcome.written.push(...renamed.map((s) => s.file.path));
    return outcome;
}

/** Below both thresholds the single-thread path is faster than starting a worker. */
const MIN_TUTORIALS = 8;
const MIN_BYTES = 2 * 1024 * 1024;
function tutorialBytes(t) {
    let n = 0;
    for (const f of t.files)
        n += f.text.length;
    return n;
}
/** True when the input is big enough for `jobs` > 1 threads to beat one. */
function worthParallel(tutorials, o) {
    if (o.jobs < 2 || tutorials.length < 2)
        return false;
    if (tutorials.length >= (o.minTutorials ?? MIN_TUTORIALS))
        return true;
    let bytes = 0;
    for (const t of tutorials)
        bytes += tutorialBytes(t);
    return bytes >= (o.minBytes ?? MIN_BYTES);
}
/**
 * Cuts the tutorials into about `parts` contiguous chunks of similar byte size (never empty, never
 * more chunks than tutorials). Several chunks per thread let fast threads take more of them.
 */
function planChunks(tutorials, parts) {
    const n = tutorials.length;
    if (n === 0)
        return [];
    const k = Math.max(1, Math.min(n, Math.floor(parts)));
    const sizes = tutorials.map((t) => tutorialBytes(t) + 1);
    const total = sizes.reduce((a, b) => a + b, 0);
    const chunks = [];
    let start = 0;
    let acc = 0;
    for (let i = 0; i < n; i++) {
        acc += sizes[i];
        const after = k - chunks.length - 1; // chunks still to open once this one closes
        if (after === 0)
            break; // the current chunk is the last one: it takes the rest
        const left = n - i - 1; // tutorials after this one
        if (acc >= (total * (chunks.length + 1)) / k || left === after) {
            chunks.push([start, i + 1]);
            start = i + 1;
        }
    }
    if (start < n)
        chunks.push([start, n]);
    return chunks;
}

// Worker threads for big inputs: tutorials are parsed and drafted in chunks by the calling thread
// and N-1 workers together, the registry parsed once (here) and handed to the workers. The API
// stays synchronous: this thread works through chunks itself, then blocks on Atomics.wait until
// every started worker has posted its results, and reads them with receiveMessageOnPort.
/** Environment variable that sets the number of threads (1 = never start workers). */
const JOBS_ENV = 'TUTORIAL_AMPLIFIER_JOBS';
function defaultJobs(env = process.env) {
    const n = Number.parseInt(env[JOBS_ENV] ?? '', 10);
    if (Number.isFinite(n) && n >= 1)
        return n;
    return Math.max(1, availableParallelism());
}
/**
 * The bundled worker entry: `worker.js` beside this module, or one folder up when this code sits
 * in a shared chunk (dist/chunks/). Undefined when running from TypeScript sources.
 */
function bundledWorkerUrl() {
    for (const rel of ['./worker.js', '../worker.js']) {
        const url = new URL(rel, import.meta.url);
        if (url.protocol === 'file:' && existsSync(fileURLToPath(url)))
            return url;
    }
    return undefined;
}
/**
 * Parses every tutorial (and, given `draftPaths`, builds every draft) of `input` on several threads.
 * Returns undefined when the input is too small, only one thread is allowed, or no worker entry
 * exists; the caller then runs the engine as usual. The result is what the engine itself would
 * compute: `generate(input, path, prepared)` / `check(input, prepared)`.
 */
function prepareInParallel(input, draftPaths, opts = {}) {
    const jobs = opts.jobs ?? defaultJobs();
    if (!worthParallel(input.tutorials, { ...opts, jobs }))
        return undefined;
    const workerUrl = opts.workerUrl ?? bundledWorkerUrl();
    if (!workerUrl)
        return undefined;
    const chunks = planChunks(input.tutorials, jobs * (opts.chunksPerThread ?? 4));
    const nWorkers = Math.min(jobs - 1, chunks.length - 1);
    if (nWorkers < 1)
        return undefined;
    const shared = new SharedArrayBuffer(4 * (1 + nWorkers));
    const cells = new Int32Array(shared);
    const chunkInput = {
        tutorials: input.tutorials,
        config: input.config,
        strict: input.strict ?? false,
        ...(input.drafts?.length ? { drafts: input.drafts } : {}),
        owners: [...draftOwners(input)]
    };
    const results = chunks.map(() => undefined);
    const started = [];
    try {
        for (let slot = 0; slot < nWorkers; slot++) {
            const { port1, port2 } = new MessageChannel();
            const job = {
                ...chunkInput,
                chunks,
                shared,
                slot,
                port: port2,
                ...(draftPaths ? { draftPaths: [...draftPaths] } : {})
            };
            const worker = new Worker(workerUrl, {
                workerData: job,
                transferList: [port2],
                execArgv: opts.execArgv ?? [],
                stdout: false,
                stderr: false
            });
            // A worker that fails never marks itself done or posts results; its chunks are redone here.
            worker.on('error', () => undefined);
            worker.unref();
            started.push({ worker, port: port1 });
        }
        // The registry is parsed once, here, while the workers start and parse tutorials.
        const registry = registryOf(input);
        for (const s of started)
            s.worker.postMessage({ registry });
        const doHere = (i) => {
            const chunk = chunks[i];
            results[i] = finishChunk(chunkInput, chunk, parseChunk(chunkInput, chunk), registry, draftPaths);
        };
        for (; !opts.workersOnly;) {
            const i = Atomics.add(cells, NEXT_CHUNK, 1);
            if (i >= chunks.length)
                break;
            doHere(i);
        }
        const here = results.filter((r) => r).length;
        const cancelled = collect(started, cells, results, opts.timeoutMs ?? 600_000, !!opts.workersOnly);
        const byWorkers = results.filter((r) => r).length - here;
        // Chunks a worker failed (or never reported) are redone here: an error then surfaces as usual.
        results.forEach((r, i) => {
            if (!r)
                doHere(i);
        });
        opts.onStats?.({ threads: 1 + nWorkers, chunks: chunks.length, byWorkers, cancelled });
        return { registry, works: results.flatMap((r) => r) };
    }
    finally {
        for (const s of started) {
            s.port.close();
            void s.worker.terminate();
        }
    }
}
/** Waits for every started worker to finish, then reads its posted results; returns how many were cancelled. */
function collect(started, cells, results, timeoutMs, waitForStart) {
    const deadline = Date.now() + timeoutMs;
    const waitWhile = (cell, state) => {
        while (Atomics.load(cells, cell) === state) {
            const left = deadline - Date.now();
            if (left <= 0)
                break;
            Atomics.wait(cells, cell, state, left);
        }
    };
    let cancelled = 0;
    started.forEach((s, slot) => {
        const cell = stateCell(slot);
        if (waitForStart)
            waitWhile(cell, STATE.idle);
        // A worker still booting is cancelled: it will take no chunk, so there is nothing to wait for.
        if (Atomics.compareExchange(cells, cell, STATE.idle, STATE.cancelled) === STATE.idle) {
            cancelled++;
            return;
        }
        waitWhile(cell, STATE.running);
        for (let m = receiveMessageOnPort(s.port); m; m = receiveMessageOnPort(s.port)) {
            const r = m.message;
            if ('error' in r)
                continue;
            results[r.chunk] = r.works;
        }
    });
    return cancelled;
}

// The use cases both front ends share (CLI in cli.ts, action in main.ts): load → engine → write.
function runGenerate(o) {
    const folders = o.writes ? resolveFolders(o.ws, o.config, o.selection).tutorialDirs : [];
    const overwritten = new Set(folders.map((d) => draftPathFor(o.ws, o.config, d)));
    const selection = o.writes ? { ...o.selection, excludeDrafts: overwritten } : o.selection;
    return generateFor(o, loadProject(o.ws, o.config, selection, o.registry));
}
function generateFor(o, project) {
    const absByDir = new Map();
    for (const d of project.tutorialDirs) {
        absByDir.set(displayPath(d, o.ws.cwd), draftPathFor(o.ws, o.config, d));
    }
    const input = { ...project.input, strict: o.strict ?? false };
    const draftPath = (dir) => displayPath(absByDir.get(dir), o.ws.cwd);
    const prepared = prepareInParallel(input, input.tutorials.map((t) => draftPath(t.dir)), { jobs: o.jobs });
    const result = generate(input, (t) => draftPath(t.dir), prepared);
    const draftFiles = result.drafts.map((d) => absByDir.get(d.tutorialDir));
    return { result, project, draftFiles };
}
/** Writes every draft of a run atomically (all or nothing). */
function writeDrafts(run) {
    return writeFilesAtomically(run.result.drafts.map((d, i) => ({
        path: run.draftFiles[i],
        content: d.markdown,
        display: d.path
    })));
}
/**
 * Display paths of committed drafts whose content differs from the regenerated one. Only drafts
 * that exist count: a draft never committed is not stale, just not written yet.
 */
function staleDrafts(run, cwd) {
    const stale = [];
    run.result.drafts.forEach((d, i) => {
        const abs = run.draftFiles[i];
        let committed;
        try {
            committed = readFileSync(abs, 'utf8');
        }
        catch {
            return; // missing (or unreadable): nothing committed to compare with
        }
        if (committed !== d.markdown)
            stale.push(displayPath(path.resolve(abs), cwd));
    });
    return stale;
}
/** `draft/stale` at the first line of every committed draft that differs from the regenerated one. */
function staleDiagnostics(run, cwd) {
    return staleDrafts(run, cwd).map((file) => diagnostic(RULES.draftStale, { file, line: 1, column: 1 }, 'committed draft differs from the one its tutorial now produces; run tutorial-amplifier generate and commit the result'));
}
/** Adds findings to a result, at their configured severities, and counts again. */
function withDiagnostics(result, extra, config) {
    if (extra.length === 0)
        return result;
    const diagnostics = applyRuleConfig([...result.diagnostics, ...extra], config.rules);
    return { ...result, diagnostics, summary: countBySeverity(diagnostics) };
}
/**
 * `check` as the action reports a pull request: validation, guarded committed drafts, and
 * `draft/stale` for committed drafts that differ from the regenerated ones (drafts are only
 * regenerated when one is committed).
 */
function runCheckWithStale(o) {
    const project = loadProject(o.ws, o.config, o.selection);
    const committed = project.tutorialDirs.some((d) => existsSync(draftPathFor(o.ws, o.config, d)));
    if (!committed) {
        const input = { ...project.input, strict: o.strict ?? false };
        const prepared = prepareInParallel(input, undefined, { jobs: o.jobs });
        return { result: check(input, prepared), project };
    }
    if (o.ws.cwd === o.ws.root) {
        const run = generateFor(o, project);
        const { drafts: _drafts, ...result } = run.result;
        return { result: withDiagnostics(result, staleDiagnostics(run, o.ws.cwd), o.config), project };
    }
    // drafts quote paths as seen from the repository root (as the action writes them): compare
    // those, and show the findings relative to the working directory like the rest
    const input = { ...project.input, strict: o.strict ?? false };
    const result = check(input, prepareInParallel(input, undefined, { jobs: o.jobs }));
    const atRoot = { ...o.ws, cwd: o.ws.root };
    const absolute = {
        ...o.selection,
        tutorials: project.tutorialDirs,
        claims: project.claimDirs,
        // only the regenerated drafts are wanted here: the committed ones were guarded above
        guardDrafts: false
    };
    if (o.selection.drafts !== undefined)
        absolute.drafts = path.resolve(o.ws.cwd, o.selection.drafts);
    const config = { ...o.config };
    if (config.source !== undefined) {
        config.source = displayPath(path.resolve(o.ws.cwd, config.source), atRoot.cwd);
    }
    const rootRun = runGenerate({ ...o, ws: atRoot, config, selection: absolute });
    const stale = staleDiagnostics(rootRun, atRoot.cwd).map((d) => ({
        ...d,
        file: displayPath(path.resolve(atRoot.cwd, d.file), o.ws.cwd)
    }));
    return { result: withDiagnostics(result, stale, o.config), project };
}
/**
 * `inspect [DIR...]`: reads tutorials without the registry. A DIR that is not a tutorial itself
 * (a repository root) stands for the tutorials found under it; without DIR, the configured or
 * autodetected tutorials.
 */
function runInspect(o) {
    const { ws, config } = o;
    let dirs;
    if (o.dirs.length === 0)
        dirs = resolveFolders(ws, config, {}).tutorialDirs;
    else {
        dirs = o.dirs.flatMap((d) => {
            const abs = requireDir(ws, ws.cwd, d, 'tutorial');
            if (looksLikeTutorial(abs))
                return [abs];
            const found = autodetect({ root: abs, cwd: ws.cwd }).tutorials;
            return found.length > 0 ? found : [abs];
        });
    }
    const claimDirs = config.claims.length > 0
        ? config.claims.map((c) => requireDir(ws, ws.root, c, 'claims'))
        : autodetect(ws).claims;
    const input = { config };
    return {
        tutorials: [...new Set(dirs)].map((d) => {
            const { diagnostics, ...files } = readTutorial(ws, d, claimDirs);
            const tutorial = tutorialOf(input, files);
            return {
                tutorial,
                diagnostics: applyRuleConfig([...diagnostics, ...tutorial.diagnostics], config.rules)
            };
        })
    };
}

var ucs2length$1 = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length$1;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length$1, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length$1.default = ucs2length;
	ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length$1;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var ucs2length = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

var equal$1 = {};

var fastDeepEqual;
var hasRequiredFastDeepEqual;

function requireFastDeepEqual () {
	if (hasRequiredFastDeepEqual) return fastDeepEqual;
	hasRequiredFastDeepEqual = 1;

	// do not edit .js files directly - edit src/index.jst



	fastDeepEqual = function equal(a, b) {
	  if (a === b) return true;

	  if (a && b && typeof a == 'object' && typeof b == 'object') {
	    if (a.constructor !== b.constructor) return false;

	    var length, i, keys;
	    if (Array.isArray(a)) {
	      length = a.length;
	      if (length != b.length) return false;
	      for (i = length; i-- !== 0;)
	        if (!equal(a[i], b[i])) return false;
	      return true;
	    }



	    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
	    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
	    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

	    keys = Object.keys(a);
	    length = keys.length;
	    if (length !== Object.keys(b).length) return false;

	    for (i = length; i-- !== 0;)
	      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

	    for (i = length; i-- !== 0;) {
	      var key = keys[i];

	      if (!equal(a[key], b[key])) return false;
	    }

	    return true;
	  }

	  // true if both NaN, false otherwise
	  return a!==a && b!==b;
	};
	return fastDeepEqual;
}

var hasRequiredEqual;

function requireEqual () {
	if (hasRequiredEqual) return equal$1;
	hasRequiredEqual = 1;
	Object.defineProperty(equal$1, "__esModule", { value: true });
	// https://github.com/ajv-validator/ajv/issues/889
	const equal = requireFastDeepEqual();
	equal.code = 'require("ajv/dist/runtime/equal").default';
	equal$1.default = equal;
	
	return equal$1;
}

var equalExports = /*@__PURE__*/ requireEqual();
var equal = /*@__PURE__*/getDefaultExportFromCjs(equalExports);

// Generated by scripts/compile-schemas.mjs from tutorial-amplifier.schema.json; do not edit.
// @ts-nocheck
/* eslint-disable */
const runtime_ucs2length = { default: ucs2length?.default ?? ucs2length };
const runtime_equal = { default: equal?.default ?? equal };
const validate$1 = validate10;
const schema11 = { "properties": { "tutorials": { "description": "Tutorial folders, relative to the workspace root. Default: every folder with numbered chapters.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "claims": { "description": "Claims registry folders, relative to the workspace root. Default: every folder named \"claims\".", "type": "array", "items": { "type": "string", "minLength": 1 } }, "ignore": { "description": "Glob patterns (picomatch syntax, relative to the workspace root) of files and folders never read or checked, e.g. \"drafts/archive/**\" or \"**/legacy-*.md\".", "type": "array", "items": { "type": "string", "minLength": 1 } }, "drafts": { "type": "object", "additionalProperties": false, "properties": { "dir": { "description": "Folder for drafts, relative to the workspace root. Default: \"publication-drafts\" beside each tutorial.", "type": "string", "minLength": 1 }, "fileName": { "description": "Draft file name; \"{tutorial}\" is replaced by the tutorial folder name.", "type": "string", "pattern": "^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$" }, "paths": { "description": "More places where people commit drafts: glob patterns relative to the workspace root (picomatch syntax), e.g. \"docs/**/*-draft__*.md\". Every Markdown file they match is guarded or reported as draft/unmatched.", "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "claimIdPattern": { "description": "Regular expression (no anchors, no flags) a claim ID matches. Default: PREFIX-CATEGORY-NNN.", "type": "string", "minLength": 1 }, "rules": { "description": "Severity per rule ID: error, warning, info or off.", "type": "object", "propertyNames": { "enum": ["claim/unknown", "claim/deprecated", "claim/draft", "claim/unreferenced", "claim/uncited-figure", "registry/duplicate-id", "registry/invalid", "registry/missing", "registry/parse", "tutorial/structure", "draft/missing-section", "draft/length", "draft/untraced-figure", "draft/uncited-claim", "draft/absolute-language", "draft/uncited-figure", "draft/roadmap-promise", "draft/unmatched", "draft/unearned-tick", "terminology/inconsistent", "draft/stale"] }, "additionalProperties": { "enum": ["error", "warning", "info", "off"] } }, "tutorialUrl": { "description": "Public URL of the tutorials for calls to action: one URL (\"{tutorial}\" is replaced), or a map from tutorial folder name to URL (\"*\" as fallback).", "oneOf": [{ "type": "string", "format": "uri-reference", "minLength": 1 }, { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "minProperties": 1 }] }, "hashtags": { "type": "array", "items": { "type": "string", "pattern": "^#?[A-Za-z0-9_]+$" } }, "talk": { "type": "object", "additionalProperties": false, "properties": { "format": { "type": "string", "minLength": 1 }, "audience": { "type": "string", "minLength": 1 }, "level": { "type": "string", "minLength": 1 } } }, "channels": { "description": "Per-channel overrides of the channel contract, by channel id (core-story, linkedin, blog-outline, readme-snippet, talk-abstract, newsletter, and any channel added since).", "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "words": { "$ref": "#/definitions/range" }, "lines": { "$ref": "#/definitions/range" }, "points": { "$ref": "#/definitions/range" }, "chars": { "$ref": "#/definitions/range" }, "posts": { "$ref": "#/definitions/range" }, "required": { "description": "Elements the channel must carry.", "type": "array", "uniqueItems": true, "items": { "enum": ["hook", "insight", "limitation", "call-to-action", "exercise-path", "diagram", "product-name", "scope", "non-goals", "audience", "level", "format"] } }, "forbidden": { "description": "Elements the channel must not carry.", "type": "array", "uniqueItems": true, "items": { "enum": ["roadmap-promise", "absolute-language", "untraced-figure", "new-claim"] } } } } } }};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length.default;
const func0 = runtime_equal.default;
const pattern0 = new RegExp("^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$", "u");
const pattern1 = new RegExp("^#?[A-Za-z0-9_]+$", "u");
const pattern2 = new RegExp("^[a-z][a-z0-9-]*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.tutorials !== undefined) {
        let data0 = data.tutorials;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (func3(data1) < 1) {
                        const err1 = { instancePath: instancePath + "/tutorials/" + i0, schemaPath: "#/properties/tutorials/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                }
                else {
                    const err2 = { instancePath: instancePath + "/tutorials/" + i0, schemaPath: "#/properties/tutorials/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/tutorials", schemaPath: "#/properties/tutorials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.claims !== undefined) {
        let data2 = data.claims;
        if (Array.isArray(data2)) {
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data3 = data2[i1];
                if (typeof data3 === "string") {
                    if (func3(data3) < 1) {
                        const err4 = { instancePath: instancePath + "/claims/" + i1, schemaPath: "#/properties/claims/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/claims/" + i1, schemaPath: "#/properties/claims/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.ignore !== undefined) {
        let data4 = data.ignore;
        if (Array.isArray(data4)) {
            const len2 = data4.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data5 = data4[i2];
                if (typeof data5 === "string") {
                    if (func3(data5) < 1) {
                        const err7 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                else {
                    const err8 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.drafts !== undefined) {
        let data6 = data.drafts;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key1 in data6) {
                if (!(((key1 === "dir") || (key1 === "fileName")) || (key1 === "paths"))) {
                    const err10 = { instancePath: instancePath + "/drafts", schemaPath: "#/properties/drafts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data6.dir !== undefined) {
                let data7 = data6.dir;
                if (typeof data7 === "string") {
                    if (func3(data7) < 1) {
                        const err11 = { instancePath: instancePath + "/drafts/dir", schemaPath: "#/properties/drafts/properties/dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/drafts/dir", schemaPath: "#/properties/drafts/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            if (data6.fileName !== undefined) {
                let data8 = data6.fileName;
                if (typeof data8 === "string") {
                    if (!pattern0.test(data8)) {
                        const err13 = { instancePath: instancePath + "/drafts/fileName", schemaPath: "#/properties/drafts/properties/fileName/pattern", keyword: "pattern", params: { pattern: "^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$" }, message: "must match pattern \"" + "^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                else {
                    const err14 = { instancePath: instancePath + "/drafts/fileName", schemaPath: "#/properties/drafts/properties/fileName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data6.paths !== undefined) {
                let data9 = data6.paths;
                if (Array.isArray(data9)) {
                    const len3 = data9.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data10 = data9[i3];
                        if (typeof data10 === "string") {
                            if (func3(data10) < 1) {
                                const err15 = { instancePath: instancePath + "/drafts/paths/" + i3, schemaPath: "#/properties/drafts/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err16 = { instancePath: instancePath + "/drafts/paths/" + i3, schemaPath: "#/properties/drafts/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err17 = { instancePath: instancePath + "/drafts/paths", schemaPath: "#/properties/drafts/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/drafts", schemaPath: "#/properties/drafts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.claimIdPattern !== undefined) {
        let data11 = data.claimIdPattern;
        if (typeof data11 === "string") {
            if (func3(data11) < 1) {
                const err19 = { instancePath: instancePath + "/claimIdPattern", schemaPath: "#/properties/claimIdPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/claimIdPattern", schemaPath: "#/properties/claimIdPattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.rules !== undefined) {
        let data12 = data.rules;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key2 in data12) {
                const _errs29 = errors;
                if (!(((((((((((((((((((((key2 === "claim/unknown") || (key2 === "claim/deprecated")) || (key2 === "claim/draft")) || (key2 === "claim/unreferenced")) || (key2 === "claim/uncited-figure")) || (key2 === "registry/duplicate-id")) || (key2 === "registry/invalid")) || (key2 === "registry/missing")) || (key2 === "registry/parse")) || (key2 === "tutorial/structure")) || (key2 === "draft/missing-section")) || (key2 === "draft/length")) || (key2 === "draft/untraced-figure")) || (key2 === "draft/uncited-claim")) || (key2 === "draft/absolute-language")) || (key2 === "draft/uncited-figure")) || (key2 === "draft/roadmap-promise")) || (key2 === "draft/unmatched")) || (key2 === "draft/unearned-tick")) || (key2 === "terminology/inconsistent")) || (key2 === "draft/stale"))) {
                    const err21 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key2 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                var valid10 = _errs29 === errors;
                if (!valid10) {
                    const err22 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            for (const key3 in data12) {
                let data13 = data12[key3];
                if (!((((data13 === "error") || (data13 === "warning")) || (data13 === "info")) || (data13 === "off"))) {
                    const err23 = { instancePath: instancePath + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.tutorialUrl !== undefined) {
        let data14 = data.tutorialUrl;
        const _errs33 = errors;
        let valid12 = false;
        let passing0 = null;
        const _errs34 = errors;
        if (typeof data14 === "string") {
            if (func3(data14) < 1) {
                const err25 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
        var _valid0 = _errs34 === errors;
        if (_valid0) {
            valid12 = true;
            passing0 = 0;
        }
        const _errs36 = errors;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (Object.keys(data14).length < 1) {
                const err27 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            for (const key4 in data14) {
                let data15 = data14[key4];
                if (typeof data15 === "string") {
                    if (func3(data15) < 1) {
                        const err28 = { instancePath: instancePath + "/tutorialUrl/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tutorialUrl/oneOf/1/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                else {
                    const err29 = { instancePath: instancePath + "/tutorialUrl/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tutorialUrl/oneOf/1/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
        }
        else {
            const err30 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
        var _valid0 = _errs36 === errors;
        if (_valid0 && valid12) {
            valid12 = false;
            passing0 = [passing0, 1];
        }
        else {
            if (_valid0) {
                valid12 = true;
                passing0 = 1;
            }
        }
        if (!valid12) {
            const err31 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
        else {
            errors = _errs33;
            if (vErrors !== null) {
                if (_errs33) {
                    vErrors.length = _errs33;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.hashtags !== undefined) {
        let data16 = data.hashtags;
        if (Array.isArray(data16)) {
            const len4 = data16.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data17 = data16[i4];
                if (typeof data17 === "string") {
                    if (!pattern1.test(data17)) {
                        const err32 = { instancePath: instancePath + "/hashtags/" + i4, schemaPath: "#/properties/hashtags/items/pattern", keyword: "pattern", params: { pattern: "^#?[A-Za-z0-9_]+$" }, message: "must match pattern \"" + "^#?[A-Za-z0-9_]+$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                else {
                    const err33 = { instancePath: instancePath + "/hashtags/" + i4, schemaPath: "#/properties/hashtags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
        }
        else {
            const err34 = { instancePath: instancePath + "/hashtags", schemaPath: "#/properties/hashtags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
    }
    if (data.talk !== undefined) {
        let data18 = data.talk;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key5 in data18) {
                if (!(((key5 === "format") || (key5 === "audience")) || (key5 === "level"))) {
                    const err35 = { instancePath: instancePath + "/talk", schemaPath: "#/properties/talk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            if (data18.format !== undefined) {
                let data19 = data18.format;
                if (typeof data19 === "string") {
                    if (func3(data19) < 1) {
                        const err36 = { instancePath: instancePath + "/talk/format", schemaPath: "#/properties/talk/properties/format/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
                else {
                    const err37 = { instancePath: instancePath + "/talk/format", schemaPath: "#/properties/talk/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
            if (data18.audience !== undefined) {
                let data20 = data18.audience;
                if (typeof data20 === "string") {
                    if (func3(data20) < 1) {
                        const err38 = { instancePath: instancePath + "/talk/audience", schemaPath: "#/properties/talk/properties/audience/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
                else {
                    const err39 = { instancePath: instancePath + "/talk/audience", schemaPath: "#/properties/talk/properties/audience/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            if (data18.level !== undefined) {
                let data21 = data18.level;
                if (typeof data21 === "string") {
                    if (func3(data21) < 1) {
                        const err40 = { instancePath: instancePath + "/talk/level", schemaPath: "#/properties/talk/properties/level/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
                else {
                    const err41 = { instancePath: instancePath + "/talk/level", schemaPath: "#/properties/talk/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
        }
        else {
            const err42 = { instancePath: instancePath + "/talk", schemaPath: "#/properties/talk/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
    }
    if (data.channels !== undefined) {
        let data22 = data.channels;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key6 in data22) {
                const _errs56 = errors;
                if (typeof key6 === "string") {
                    if (!pattern2.test(key6)) {
                        const err43 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9-]*$" + "\"", propertyName: key6 };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                }
                var valid17 = _errs56 === errors;
                if (!valid17) {
                    const err44 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            for (const key7 in data22) {
                let data23 = data22[key7];
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                    for (const key8 in data23) {
                        if (!(((((((key8 === "words") || (key8 === "lines")) || (key8 === "points")) || (key8 === "chars")) || (key8 === "posts")) || (key8 === "required")) || (key8 === "forbidden"))) {
                            const err45 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/channels/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                    if (data23.words !== undefined) {
                        let data24 = data23.words;
                        const _errs63 = errors;
                        let valid21 = false;
                        let passing1 = null;
                        const _errs64 = errors;
                        if (Array.isArray(data24)) {
                            if (data24.length > 2) {
                                const err46 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                            if (data24.length < 2) {
                                const err47 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                            const len5 = data24.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data25 = data24[i5];
                                if (!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))) {
                                    const err48 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/" + i5, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                                if (typeof data25 == "number") {
                                    if (data25 < 0 || isNaN(data25)) {
                                        const err49 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/" + i5, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err49];
                                        }
                                        else {
                                            vErrors.push(err49);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err50 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                        var _valid1 = _errs64 === errors;
                        if (_valid1) {
                            valid21 = true;
                            passing1 = 0;
                        }
                        const _errs68 = errors;
                        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                            for (const key9 in data24) {
                                if (!((key9 === "min") || (key9 === "max"))) {
                                    const err51 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                            if (data24.min !== undefined) {
                                let data26 = data24.min;
                                if (!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))) {
                                    const err52 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                                if (typeof data26 == "number") {
                                    if (data26 < 0 || isNaN(data26)) {
                                        const err53 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err53];
                                        }
                                        else {
                                            vErrors.push(err53);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data24.max !== undefined) {
                                let data27 = data24.max;
                                if (!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))) {
                                    const err54 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err54];
                                    }
                                    else {
                                        vErrors.push(err54);
                                    }
                                    errors++;
                                }
                                if (typeof data27 == "number") {
                                    if (data27 < 0 || isNaN(data27)) {
                                        const err55 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err55];
                                        }
                                        else {
                                            vErrors.push(err55);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err56 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err56];
                            }
                            else {
                                vErrors.push(err56);
                            }
                            errors++;
                        }
                        var _valid1 = _errs68 === errors;
                        if (_valid1 && valid21) {
                            valid21 = false;
                            passing1 = [passing1, 1];
                        }
                        else {
                            if (_valid1) {
                                valid21 = true;
                                passing1 = 1;
                            }
                        }
                        if (!valid21) {
                            const err57 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs63;
                            if (vErrors !== null) {
                                if (_errs63) {
                                    vErrors.length = _errs63;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.lines !== undefined) {
                        let data28 = data23.lines;
                        const _errs77 = errors;
                        let valid26 = false;
                        let passing2 = null;
                        const _errs78 = errors;
                        if (Array.isArray(data28)) {
                            if (data28.length > 2) {
                                const err58 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                            if (data28.length < 2) {
                                const err59 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                            const len6 = data28.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                                let data29 = data28[i6];
                                if (!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))) {
                                    const err60 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/" + i6, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                                if (typeof data29 == "number") {
                                    if (data29 < 0 || isNaN(data29)) {
                                        const err61 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/" + i6, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err61];
                                        }
                                        else {
                                            vErrors.push(err61);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err62 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                        var _valid2 = _errs78 === errors;
                        if (_valid2) {
                            valid26 = true;
                            passing2 = 0;
                        }
                        const _errs82 = errors;
                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                            for (const key10 in data28) {
                                if (!((key10 === "min") || (key10 === "max"))) {
                                    const err63 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err63];
                                    }
                                    else {
                                        vErrors.push(err63);
                                    }
                                    errors++;
                                }
                            }
                            if (data28.min !== undefined) {
                                let data30 = data28.min;
                                if (!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) {
                                    const err64 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (typeof data30 == "number") {
                                    if (data30 < 0 || isNaN(data30)) {
                                        const err65 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err65];
                                        }
                                        else {
                                            vErrors.push(err65);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data28.max !== undefined) {
                                let data31 = data28.max;
                                if (!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) {
                                    const err66 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err66];
                                    }
                                    else {
                                        vErrors.push(err66);
                                    }
                                    errors++;
                                }
                                if (typeof data31 == "number") {
                                    if (data31 < 0 || isNaN(data31)) {
                                        const err67 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err67];
                                        }
                                        else {
                                            vErrors.push(err67);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err68 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                        var _valid2 = _errs82 === errors;
                        if (_valid2 && valid26) {
                            valid26 = false;
                            passing2 = [passing2, 1];
                        }
                        else {
                            if (_valid2) {
                                valid26 = true;
                                passing2 = 1;
                            }
                        }
                        if (!valid26) {
                            const err69 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs77;
                            if (vErrors !== null) {
                                if (_errs77) {
                                    vErrors.length = _errs77;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.points !== undefined) {
                        let data32 = data23.points;
                        const _errs91 = errors;
                        let valid31 = false;
                        let passing3 = null;
                        const _errs92 = errors;
                        if (Array.isArray(data32)) {
                            if (data32.length > 2) {
                                const err70 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                            if (data32.length < 2) {
                                const err71 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                            const len7 = data32.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                                let data33 = data32[i7];
                                if (!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))) {
                                    const err72 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/" + i7, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err72];
                                    }
                                    else {
                                        vErrors.push(err72);
                                    }
                                    errors++;
                                }
                                if (typeof data33 == "number") {
                                    if (data33 < 0 || isNaN(data33)) {
                                        const err73 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/" + i7, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err73];
                                        }
                                        else {
                                            vErrors.push(err73);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err74 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err74];
                            }
                            else {
                                vErrors.push(err74);
                            }
                            errors++;
                        }
                        var _valid3 = _errs92 === errors;
                        if (_valid3) {
                            valid31 = true;
                            passing3 = 0;
                        }
                        const _errs96 = errors;
                        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                            for (const key11 in data32) {
                                if (!((key11 === "min") || (key11 === "max"))) {
                                    const err75 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                            }
                            if (data32.min !== undefined) {
                                let data34 = data32.min;
                                if (!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))) {
                                    const err76 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                                if (typeof data34 == "number") {
                                    if (data34 < 0 || isNaN(data34)) {
                                        const err77 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err77];
                                        }
                                        else {
                                            vErrors.push(err77);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data32.max !== undefined) {
                                let data35 = data32.max;
                                if (!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))) {
                                    const err78 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                                if (typeof data35 == "number") {
                                    if (data35 < 0 || isNaN(data35)) {
                                        const err79 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err79];
                                        }
                                        else {
                                            vErrors.push(err79);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err80 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err80];
                            }
                            else {
                                vErrors.push(err80);
                            }
                            errors++;
                        }
                        var _valid3 = _errs96 === errors;
                        if (_valid3 && valid31) {
                            valid31 = false;
                            passing3 = [passing3, 1];
                        }
                        else {
                            if (_valid3) {
                                valid31 = true;
                                passing3 = 1;
                            }
                        }
                        if (!valid31) {
                            const err81 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err81];
                            }
                            else {
                                vErrors.push(err81);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs91;
                            if (vErrors !== null) {
                                if (_errs91) {
                                    vErrors.length = _errs91;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.chars !== undefined) {
                        let data36 = data23.chars;
                        const _errs105 = errors;
                        let valid36 = false;
                        let passing4 = null;
                        const _errs106 = errors;
                        if (Array.isArray(data36)) {
                            if (data36.length > 2) {
                                const err82 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                            if (data36.length < 2) {
                                const err83 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err83];
                                }
                                else {
                                    vErrors.push(err83);
                                }
                                errors++;
                            }
                            const len8 = data36.length;
                            for (let i8 = 0; i8 < len8; i8++) {
                                let data37 = data36[i8];
                                if (!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))) {
                                    const err84 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/" + i8, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err84];
                                    }
                                    else {
                                        vErrors.push(err84);
                                    }
                                    errors++;
                                }
                                if (typeof data37 == "number") {
                                    if (data37 < 0 || isNaN(data37)) {
                                        const err85 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/" + i8, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err85];
                                        }
                                        else {
                                            vErrors.push(err85);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err86 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err86];
                            }
                            else {
                                vErrors.push(err86);
                            }
                            errors++;
                        }
                        var _valid4 = _errs106 === errors;
                        if (_valid4) {
                            valid36 = true;
                            passing4 = 0;
                        }
                        const _errs110 = errors;
                        if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                            for (const key12 in data36) {
                                if (!((key12 === "min") || (key12 === "max"))) {
                                    const err87 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err87];
                                    }
                                    else {
                                        vErrors.push(err87);
                                    }
                                    errors++;
                                }
                            }
                            if (data36.min !== undefined) {
                                let data38 = data36.min;
                                if (!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))) {
                                    const err88 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err88];
                                    }
                                    else {
                                        vErrors.push(err88);
                                    }
                                    errors++;
                                }
                                if (typeof data38 == "number") {
                                    if (data38 < 0 || isNaN(data38)) {
                                        const err89 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err89];
                                        }
                                        else {
                                            vErrors.push(err89);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data36.max !== undefined) {
                                let data39 = data36.max;
                                if (!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))) {
                                    const err90 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err90];
                                    }
                                    else {
                                        vErrors.push(err90);
                                    }
                                    errors++;
                                }
                                if (typeof data39 == "number") {
                                    if (data39 < 0 || isNaN(data39)) {
                                        const err91 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err91];
                                        }
                                        else {
                                            vErrors.push(err91);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err92 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err92];
                            }
                            else {
                                vErrors.push(err92);
                            }
                            errors++;
                        }
                        var _valid4 = _errs110 === errors;
                        if (_valid4 && valid36) {
                            valid36 = false;
                            passing4 = [passing4, 1];
                        }
                        else {
                            if (_valid4) {
                                valid36 = true;
                                passing4 = 1;
                            }
                        }
                        if (!valid36) {
                            const err93 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs105;
                            if (vErrors !== null) {
                                if (_errs105) {
                                    vErrors.length = _errs105;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.posts !== undefined) {
                        let data40 = data23.posts;
                        const _errs119 = errors;
                        let valid41 = false;
                        let passing5 = null;
                        const _errs120 = errors;
                        if (Array.isArray(data40)) {
                            if (data40.length > 2) {
                                const err94 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err94];
                                }
                                else {
                                    vErrors.push(err94);
                                }
                                errors++;
                            }
                            if (data40.length < 2) {
                                const err95 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err95];
                                }
                                else {
                                    vErrors.push(err95);
                                }
                                errors++;
                            }
                            const len9 = data40.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                                let data41 = data40[i9];
                                if (!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))) {
                                    const err96 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/" + i9, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err96];
                                    }
                                    else {
                                        vErrors.push(err96);
                                    }
                                    errors++;
                                }
                                if (typeof data41 == "number") {
                                    if (data41 < 0 || isNaN(data41)) {
                                        const err97 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/" + i9, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err97];
                                        }
                                        else {
                                            vErrors.push(err97);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err98 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                        var _valid5 = _errs120 === errors;
                        if (_valid5) {
                            valid41 = true;
                            passing5 = 0;
                        }
                        const _errs124 = errors;
                        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                            for (const key13 in data40) {
                                if (!((key13 === "min") || (key13 === "max"))) {
                                    const err99 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err99];
                                    }
                                    else {
                                        vErrors.push(err99);
                                    }
                                    errors++;
                                }
                            }
                            if (data40.min !== undefined) {
                                let data42 = data40.min;
                                if (!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))) {
                                    const err100 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err100];
                                    }
                                    else {
                                        vErrors.push(err100);
                                    }
                                    errors++;
                                }
                                if (typeof data42 == "number") {
                                    if (data42 < 0 || isNaN(data42)) {
                                        const err101 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err101];
                                        }
                                        else {
                                            vErrors.push(err101);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data40.max !== undefined) {
                                let data43 = data40.max;
                                if (!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))) {
                                    const err102 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err102];
                                    }
                                    else {
                                        vErrors.push(err102);
                                    }
                                    errors++;
                                }
                                if (typeof data43 == "number") {
                                    if (data43 < 0 || isNaN(data43)) {
                                        const err103 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err103];
                                        }
                                        else {
                                            vErrors.push(err103);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err104 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err104];
                            }
                            else {
                                vErrors.push(err104);
                            }
                            errors++;
                        }
                        var _valid5 = _errs124 === errors;
                        if (_valid5 && valid41) {
                            valid41 = false;
                            passing5 = [passing5, 1];
                        }
                        else {
                            if (_valid5) {
                                valid41 = true;
                                passing5 = 1;
                            }
                        }
                        if (!valid41) {
                            const err105 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err105];
                            }
                            else {
                                vErrors.push(err105);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs119;
                            if (vErrors !== null) {
                                if (_errs119) {
                                    vErrors.length = _errs119;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.required !== undefined) {
                        let data44 = data23.required;
                        if (Array.isArray(data44)) {
                            const len10 = data44.length;
                            for (let i10 = 0; i10 < len10; i10++) {
                                let data45 = data44[i10];
                                if (!((((((((((((data45 === "hook") || (data45 === "insight")) || (data45 === "limitation")) || (data45 === "call-to-action")) || (data45 === "exercise-path")) || (data45 === "diagram")) || (data45 === "product-name")) || (data45 === "scope")) || (data45 === "non-goals")) || (data45 === "audience")) || (data45 === "level")) || (data45 === "format"))) {
                                    const err106 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/required/" + i10, schemaPath: "#/properties/channels/additionalProperties/properties/required/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.channels.additionalProperties.properties.required.items.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err106];
                                    }
                                    else {
                                        vErrors.push(err106);
                                    }
                                    errors++;
                                }
                            }
                            let i11 = data44.length;
                            let j0;
                            if (i11 > 1) {
                                outer0: for (; i11--;) {
                                    for (j0 = i11; j0--;) {
                                        if (func0(data44[i11], data44[j0])) {
                                            const err107 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/channels/additionalProperties/properties/required/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i11 + " are identical)" };
                                            if (vErrors === null) {
                                                vErrors = [err107];
                                            }
                                            else {
                                                vErrors.push(err107);
                                            }
                                            errors++;
                                            break outer0;
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            const err108 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/channels/additionalProperties/properties/required/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err108];
                            }
                            else {
                                vErrors.push(err108);
                            }
                            errors++;
                        }
                    }
                    if (data23.forbidden !== undefined) {
                        let data46 = data23.forbidden;
                        if (Array.isArray(data46)) {
                            const len11 = data46.length;
                            for (let i12 = 0; i12 < len11; i12++) {
                                let data47 = data46[i12];
                                if (!((((data47 === "roadmap-promise") || (data47 === "absolute-language")) || (data47 === "untraced-figure")) || (data47 === "new-claim"))) {
                                    const err109 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/forbidden/" + i12, schemaPath: "#/properties/channels/additionalProperties/properties/forbidden/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.channels.additionalProperties.properties.forbidden.items.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err109];
                                    }
                                    else {
                                        vErrors.push(err109);
                                    }
                                    errors++;
                                }
                            }
                            let i13 = data46.length;
                            let j1;
                            if (i13 > 1) {
                                outer1: for (; i13--;) {
                                    for (j1 = i13; j1--;) {
                                        if (func0(data46[i13], data46[j1])) {
                                            const err110 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/forbidden", schemaPath: "#/properties/channels/additionalProperties/properties/forbidden/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i13 + " are identical)" };
                                            if (vErrors === null) {
                                                vErrors = [err110];
                                            }
                                            else {
                                                vErrors.push(err110);
                                            }
                                            errors++;
                                            break outer1;
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            const err111 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/forbidden", schemaPath: "#/properties/channels/additionalProperties/properties/forbidden/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err111];
                            }
                            else {
                                vErrors.push(err111);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err112 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/channels/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err112];
                    }
                    else {
                        vErrors.push(err112);
                    }
                    errors++;
                }
            }
        }
        else {
            const err113 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err113];
            }
            else {
                vErrors.push(err113);
            }
            errors++;
        }
    }
}
else {
    const err114 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err114];
    }
    else {
        vErrors.push(err114);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

const validator = validate$1;
function validate(data) {
    validator(data);
    return validator;
}
/** Line (1-based) of the first `key:` in the text for the last segment of a JSON pointer. */
function lineOfPointer(text, pointer) {
    const last = pointer.split('/').filter(Boolean).pop();
    if (last === undefined)
        return undefined;
    const key = last.replace(/~1/g, '/').replace(/~0/g, '~');
    const lines = text.split('\n');
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^\\s*(?:-\\s*)?["']?${escaped}["']?\\s*:`);
    const i = lines.findIndex((l) => re.test(l));
    return i >= 0 ? i + 1 : undefined;
}
function parseConfig(text, file) {
    let raw;
    try {
        raw = yaml.load(text, { filename: file });
    }
    catch (e) {
        if (e instanceof yaml.YAMLException) {
            const m = e.mark;
            throw new UsageError(`invalid YAML: ${e.reason}`, m ? `${file}:${m.line + 1}:${m.column + 1}` : file);
        }
        throw e;
    }
    if (raw === undefined || raw === null)
        raw = {};
    const v = validate(raw);
    if (v.errors && v.errors.length > 0) {
        const err = v.errors.find((x) => x.keyword === 'additionalProperties' || x.keyword === 'propertyNames') ??
            v.errors.find((x) => x.keyword !== 'oneOf') ??
            v.errors[0];
        // For an unknown key the offending name is in params, not in the pointer.
        const key = err.params['additionalProperty'] ?? err.params['propertyName'];
        const pointer = key === undefined
            ? err.instancePath
            : `${err.instancePath}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const line = lineOfPointer(text, pointer);
        const detail = err.keyword === 'additionalProperties'
            ? `unknown setting "${String(key)}"`
            : err.keyword === 'propertyNames'
                ? `unknown rule "${String(key)}"`
                : `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`;
        throw new UsageError(`invalid config: ${detail}`, line ? `${file}:${line}:1` : file);
    }
    const r = raw;
    const c = defaultConfig();
    c.source = file;
    if (r.tutorials)
        c.tutorials = r.tutorials;
    if (r.claims)
        c.claims = r.claims;
    if (r.ignore)
        c.ignore = r.ignore;
    if (r.drafts?.dir)
        c.draftsDir = r.drafts.dir;
    if (r.drafts?.fileName)
        c.draftFileName = r.drafts.fileName;
    if (r.drafts?.paths) {
        for (const [i, p] of r.drafts.paths.entries()) {
            // globs are matched against workspace-relative paths: nothing outside may be named
            if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
                const line = lineOfPointer(text, '/drafts/paths');
                throw new UsageError(`invalid config: drafts.paths[${i}] "${p}" must be relative to the workspace root, without ".."`, line ? `${file}:${line}:1` : file);
            }
        }
        c.draftPaths = [...r.drafts.paths];
    }
    if (r.claimIdPattern) {
        try {
            const re = new RegExp(r.claimIdPattern);
            if (re.test(''))
                throw new Error('it matches the empty string');
        }
        catch (e) {
            const line = lineOfPointer(text, '/claimIdPattern');
            throw new UsageError(`invalid config: claimIdPattern is not a usable regular expression (${e.message})`, line ? `${file}:${line}:1` : file);
        }
        c.claimIdPattern = r.claimIdPattern;
    }
    if (r.rules)
        c.rules = r.rules;
    if (typeof r.tutorialUrl === 'string')
        c.tutorialUrls = { '*': r.tutorialUrl };
    else if (r.tutorialUrl)
        c.tutorialUrls = r.tutorialUrl;
    if (r.hashtags)
        c.hashtags = r.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`));
    if (r.talk)
        c.talk = r.talk;
    if (r.channels) {
        for (const id of Object.keys(r.channels)) {
            if (CHANNELS.some((ch) => ch.id === id))
                continue;
            const line = lineOfPointer(text, `/channels/${id}`);
            throw new UsageError(`invalid config: unknown channel "${id}" (channels: ${CHANNELS.map((ch) => ch.id).join(', ')})`, line ? `${file}:${line}:1` : file);
        }
        for (const [id, o] of Object.entries(r.channels)) {
            for (const key of ['words', 'lines', 'points', 'chars', 'posts']) {
                const v = o[key];
                const [min, max] = Array.isArray(v) ? v : [v?.min, v?.max];
                if (min === undefined || max === undefined || min <= max)
                    continue;
                const line = lineOfPointer(text, `/channels/${id}/${key}`);
                throw new UsageError(`invalid config: channels.${id}.${key} has its minimum (${min}) above its maximum (${max})`, line ? `${file}:${line}:1` : file);
            }
        }
        c.channels = resolveChannels(r.channels);
    }
    return c;
}

// Shell: find and read the config file. Pure parsing lives in parse.ts.
/** A config is a few dozen lines; anything this big is not one (and is not read). */
const MAX_CONFIG_BYTES = 1024 * 1024;
const DEFAULT_CONFIG_FILES = [
    '.github/tutorial-amplifier.yml',
    '.github/tutorial-amplifier.yaml'
];
/**
 * Reads `explicit` (relative to cwd; must exist) or else the first default config file under the
 * workspace root; no file at all means defaults.
 */
function loadConfig(ws, explicit) {
    let abs;
    if (explicit) {
        abs = resolveInside(ws.root, ws.cwd, explicit, 'config');
        if (!existsSync(abs))
            throw new UsageError(`config file "${explicit}" does not exist`);
    }
    else {
        abs = DEFAULT_CONFIG_FILES.map((f) => path.join(ws.root, f)).find((f) => existsSync(f));
    }
    if (!abs)
        return defaultConfig();
    const display = displayPath(abs, ws.cwd);
    let text;
    try {
        const size = statSync(abs).size;
        if (size > MAX_CONFIG_BYTES) {
            const kb = Math.round(size / 1024);
            throw new UsageError(`config file is too large (${kb} KB; the limit is 1 MB)`, display);
        }
        text = readFileSync(abs, 'utf8');
    }
    catch (e) {
        if (e instanceof UsageError)
            throw e;
        throw new UsageError(`cannot read config file (${e.code ?? 'error'})`, display);
    }
    return parseConfig(text, display);
}
/**
 * The nearest default config file at or above `from`, as linters look for theirs: each folder up
 * to the file-system root, stopping after a repository root (a folder holding `.git`).
 */
function findConfigUpwards(from) {
    let dir = path.resolve(from);
    for (;;) {
        const found = DEFAULT_CONFIG_FILES.map((f) => path.join(dir, f)).find((f) => existsSync(f));
        if (found)
            return found;
        if (existsSync(path.join(dir, '.git')))
            return undefined;
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** The repository a folder lies in (nearest folder upwards holding `.git`), if any. */
function repositoryRoot(from) {
    let dir = path.resolve(from);
    for (;;) {
        if (existsSync(path.join(dir, '.git')))
            return dir;
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}

function draftsOf(result) {
    const drafts = result.drafts;
    return Array.isArray(drafts) ? drafts : [];
}
/**
 * Every diagnostic a report shows, worst first: the run's own (tutorials, registry, committed
 * drafts). The guard's findings on each *generated* draft are not repeated here: they are what that
 * draft's checklist is computed from, and on pull requests the draft is not even written, so they
 * would point at files that do not exist. Counts, exit codes and step status all follow this list.
 */
function allDiagnostics(result) {
    return sortDiagnostics([...result.diagnostics]);
}
function countsOf(diagnostics) {
    return countBySeverity(diagnostics);
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** `2 errors, 3 warnings, 1 info in 1 tutorial, 12 claims` or `no problems in …`. */
function summarySentence(c, tutorials, claims) {
    const parts = [];
    if (c.errors)
        parts.push(plural(c.errors, 'error'));
    if (c.warnings)
        parts.push(plural(c.warnings, 'warning'));
    if (c.infos)
        parts.push(plural(c.infos, 'info', 'info'));
    const what = parts.length === 0 ? 'no problems' : parts.join(', ');
    return `${what} in ${plural(tutorials, 'tutorial')}, ${plural(claims, 'claim')}`;
}
/** `file:line:col` (just `file` for file-level diagnostics without a line). */
function locationText(at, withColumn = true) {
    if (!(at.line > 0))
        return at.file;
    return withColumn && at.column > 0
        ? `${at.file}:${at.line}:${at.column}`
        : `${at.file}:${at.line}`;
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' };
function inside(file, dir) {
    if (dir === '' || dir === '.')
        return !file.startsWith('../');
    const d = dir.endsWith('/') ? dir : `${dir}/`;
    return file === dir || file.startsWith(d);
}
/** Diagnostics grouped by file, so per-tutorial counts do not scan every diagnostic per tutorial. */
function byFile(diagnostics) {
    const out = new Map();
    for (const d of diagnostics) {
        let c = out.get(d.file);
        if (!c)
            out.set(d.file, (c = { errors: 0, warnings: 0, infos: 0 }));
        if (d.severity === 'error')
            c.errors++;
        else if (d.severity === 'warning')
            c.warnings++;
        else
            c.infos++;
    }
    return out;
}
/** One row per tutorial (plus any draft whose tutorial is not in the result), in result order. */
function tutorialRows(result, diagnostics = allDiagnostics(result)) {
    const drafts = draftsOf(result);
    const used = new Set();
    const files = byFile(diagnostics);
    const row = (name, dir, title, t) => {
        const draft = drafts.find((d) => !used.has(d) && (d.tutorialDir === dir || d.tutorial === name));
        if (draft)
            used.add(draft);
        const c = { errors: 0, warnings: 0, infos: 0 };
        for (const [file, n] of files) {
            if (!inside(file, dir) && file !== draft?.path)
                continue;
            c.errors += n.errors;
            c.warnings += n.warnings;
            c.infos += n.infos;
        }
        const r = {
            name,
            dir,
            title,
            citations: t?.citations.length ?? 0,
            errors: c.errors,
            warnings: c.warnings,
            infos: c.infos,
            openQuestions: draft?.openQuestions.length ?? 0
        };
        if (t)
            r.tutorial = t;
        if (draft)
            r.draft = draft;
        return r;
    };
    const rows = result.tutorials.map((t) => row(t.name, t.dir, t.title, t));
    for (const d of drafts)
        if (!used.has(d))
            rows.push(row(d.tutorial, d.tutorialDir, d.tutorial));
    return rows;
}

const ZWJ = '\u200D';
const parser = unified().use(remarkParse).use(remarkGfm);
function parse(text) {
    return parser.parse(text);
}
/** Code spans/blocks and URL-bearing parts of links, in document order (possibly nested). */
function specialRanges(tree, source) {
    const out = [];
    visit(tree, (node) => {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined)
            return;
        if (node.type === 'code' || node.type === 'inlineCode') {
            out.push({ start, end, kind: 'code' });
            return SKIP;
        }
        if (node.type === 'image' || node.type === 'definition') {
            out.push({ start, end, kind: 'url' });
            return SKIP;
        }
        if (node.type === 'link') {
            if (source[start] !== '[') {
                // an autolink (`<…>`) or a GFM literal autolink: the visible text is the URL.
                // Bare e-mail literals stay text (they get the ZWJ and stop being links).
                const bareEmail = source[start] !== '<' && node.url.startsWith('mailto:');
                if (!bareEmail)
                    out.push({ start, end, kind: 'url' });
                return SKIP;
            }
            const last = node.children[node.children.length - 1];
            const from = last?.position?.end.offset ?? start;
            out.push({ start: from, end, kind: 'url' });
        }
        return undefined;
    });
    return out;
}
/** Splits [0, length) into text/code/url segments; inner ranges win over outer ones. */
function classify(length, ranges) {
    const kinds = new Array(length).fill('text');
    // links are visited before the code spans inside their text, so later ranges override
    for (const r of ranges)
        kinds.fill(r.kind, r.start, r.end);
    const out = [];
    let i = 0;
    while (i < length) {
        const kind = kinds[i] ?? 'text';
        let j = i + 1;
        while (j < length && kinds[j] === kind)
            j++;
        out.push({ kind, start: i, end: j });
        i = j;
    }
    return out;
}
/**
 * The backslashes before a `<` we turn into `&lt;`: an odd run ends in an escape we no longer need
 * (and must not keep: inside a GFM literal autolink a backslash is just part of the URL).
 */
const unescaped = (bs) => (bs.length % 2 === 1 ? bs.slice(1) : bs);
const breakMarker = (s) => s.replace(/(tutorial-amplifier)(:)/gi, `$1${ZWJ}$2`);
function neutralizeText(s) {
    return breakMarker(s
        .replace(/(\\*)</g, (_, bs) => `${unescaped(bs)}&lt;`)
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`));
}
// `<` that starts an autolink (`<https://…>`, `<a@b.c>`) may stay; any other `<` is escaped
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>/;
function neutralizeUrl(s) {
    const escaped = s.replace(/(\\*)</g, (m, bs, at) => AUTOLINK.test(s.slice(at + bs.length)) ? m : `${unescaped(bs)}&lt;`);
    return breakMarker(escaped.replace(/<!--/g, '&lt;!--').replace(/@(?=[A-Za-z0-9])/g, '%40'));
}
function neutralizeCode(s) {
    return breakMarker(s.replace(/<!--/g, `<!${ZWJ}--`).replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`));
}
/** Catches anything produced across segment boundaries. */
function finalPass(s) {
    return breakMarker(s.replace(/<!--/g, '&lt;!--').replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`));
}
/**
 * Whether remark must tell code and URLs apart from text. Without backticks or tildes there is no
 * code span or fence, and without link syntax there is no URL; then the plain text rule (the
 * strictest one) applies everywhere. Skipping the parse can only change how a URL or code looks,
 * never what is neutralized.
 */
function needsParse(s, block) {
    if (!/[<@]/.test(s))
        return /[`~]/.test(s) && block; // only a fence may need closing
    if (/[`~]/.test(s))
        return true;
    if (block && /^(?: {4}|\t)/m.test(s))
        return true; // indented code
    if (s.includes('@') && /\]\(|\]:|:\/\/|www\./i.test(s))
        return true; // URLs with an @
    return /<[A-Za-z][A-Za-z0-9+.-]{1,31}:|<[^<>\s@]+@/.test(s); // autolinks
}
function rewrite(source, ranges) {
    let out = '';
    for (const seg of classify(source.length, ranges)) {
        const s = source.slice(seg.start, seg.end);
        out +=
            seg.kind === 'code'
                ? neutralizeCode(s)
                : seg.kind === 'url'
                    ? neutralizeUrl(s)
                    : neutralizeText(s);
    }
    return finalPass(out);
}
/**
 * Escaping a `<` can change how the rest parses (a backtick inside a former HTML tag may now open a
 * code span and shift which backticks pair up), so the result is parsed again and any HTML that
 * appeared is escaped too, until none is left. Each round escapes at least one `<`.
 */
function settle(text) {
    let out = text;
    for (;;) {
        const tree = parse(out);
        const html = [];
        visit(tree, 'html', (node) => {
            const start = node.position?.start.offset;
            const end = node.position?.end.offset;
            if (start !== undefined && end !== undefined)
                html.push({ start, end });
        });
        if (html.length === 0)
            return { text: out, tree };
        for (const r of html.reverse()) {
            out = out.slice(0, r.start) + neutralizeText(out.slice(r.start, r.end)) + out.slice(r.end);
        }
    }
}
/** Top-level fenced code blocks that the content opens but never closes. */
function unclosedFence(tree, source) {
    for (const node of tree.children) {
        if (node.type !== 'code')
            continue;
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined)
            continue;
        const lines = source.slice(start, end).split('\n');
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? '');
        if (!open?.[1])
            continue; // indented code
        const fenceText = open[1];
        const char = fenceText[0] ?? '`';
        const last = lines.length > 1 ? (lines[lines.length - 1] ?? '') : '';
        const close = new RegExp(`^ {0,3}\\${char}{${fenceText.length},}[ \\t]*$`);
        if (!close.test(last))
            return fenceText;
    }
    return undefined;
}
/**
 * Makes Markdown content from a PR safe to embed as a block in our comment or job summary
 * (see the header of this file). The content stays readable and renders almost unchanged.
 */
function neutralize(markdown) {
    const source = markdown.replace(/\r\n?/g, '\n');
    if (!needsParse(source, true))
        return finalPass(neutralizeText(source));
    const { text, tree } = settle(rewrite(source, specialRanges(parse(source), source)));
    const open = unclosedFence(tree, text);
    return open ? `${text}${text.endsWith('\n') ? '' : '\n'}${open}` : text;
}
/**
 * Neutralizes text for a one-line Markdown context (a list item, a sentence of ours): newlines
 * become spaces and the text is read as inline content only.
 */
function inlineText(text) {
    const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    if (!needsParse(line, false))
        return finalPass(neutralizeText(line));
    // a leading letter forces a paragraph, so nothing is read as a block (fence, heading, code)
    const prefixed = `a ${line}`;
    return settle(rewrite(prefixed, specialRanges(parse(prefixed), prefixed))).text.slice(2);
}
/** Text for one GFM table cell: one line, `|` escaped, never empty. */
function tableCell(text) {
    const cell = inlineText(text).replace(/(\\*)\|/g, (m, bs) => bs.length % 2 === 1 ? m : `${bs}\\|`);
    return cell === '' ? ' ' : cell;
}
/** Text for the inside of an HTML element we write (e.g. `<summary>`): one line, HTML-escaped. */
function htmlText(text) {
    return finalPass(text
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim()
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** A fenced code block around `code`, with a fence longer than any backtick run inside it. */
function fence(code, lang = '') {
    const body = neutralizeCode(code.replace(/\r\n?/g, '\n')).replace(/\n$/, '');
    let longest = 0;
    for (const m of body.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    const info = lang.replace(/[^A-Za-z0-9_+.-]/g, '');
    return `${ticks}${info}\n${finalPass(body)}\n${ticks}`;
}
/** Shortens text to at most `max` characters (with an ellipsis), never splitting a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let cut = Math.max(0, max - 1);
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut--;
    return `${text.slice(0, cut)}…`;
}

/**
 * Escapes text for a double-quoted Mermaid label. Mermaid decodes `#name;` / `#123;` entity
 * codes, so `#` itself is encoded first; quotes, brackets, angle brackets, backticks (which would
 * start a Markdown string or end our fence), `@` and `;` are encoded too.
 */
function mermaidLabel(text) {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[#"'`<>[\](){}|@;&\\]/g, (c) => `#${c.codePointAt(0)};`);
}
/** A Mermaid node ID: unique per position, letters/digits/underscores only. */
function nodeId(e, index) {
    const safe = e.id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    return `ex${index + 1}${safe ? `_${safe}` : ''}`;
}
function label(e) {
    const parts = [e.id.trim(), exerciseTitle(e)].filter((p) => p !== '');
    let text = parts.join(': ');
    if (e.estimatedTime)
        text += ` · ${e.estimatedTime.text.trim()}`;
    return mermaidLabel(text);
}
/** A ```mermaid `flowchart LR` of the tutorial's exercises in order; '' when there are none. */
function exerciseFlowchart(t) {
    if (t.exercises.length === 0)
        return '';
    const ids = t.exercises.map(nodeId);
    const lines = ['flowchart LR'];
    t.exercises.forEach((e, i) => lines.push(`  ${ids[i]}["${label(e)}"]`));
    if (ids.length > 1)
        lines.push(`  ${ids.join(' --> ')}`);
    return fence(lines.join('\n'), 'mermaid');
}

const FULL = {
    flowcharts: true,
    draftBodies: true,
    itemLimit: Number.POSITIVE_INFINITY,
    tutorialLimit: Number.POSITIVE_INFINITY
};
function statusIcon(errors, warnings) {
    return errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
}
function diagnosticRow(d, frame) {
    const message = d.claim && !d.message.includes(d.claim) ? `${d.message} (${d.claim})` : d.message;
    return `| ${SEVERITY_ICON[d.severity]} | ${tableCell(locationText(d, false))} | ${tableCell(d.rule)} | ${tableCell(clip(message, frame.clip.message))} |`;
}
function tutorialRow(r, frame) {
    const name = r.title && r.title !== r.name ? `${r.title} (${r.name})` : r.name;
    return [
        tableCell(clip(name, frame.clip.title)),
        r.citations,
        r.errors,
        r.warnings,
        r.openQuestions,
        r.draft ? tableCell(r.draft.path) : '—'
    ].reduce((line, cell) => `${line} ${cell} |`, '|');
}
/** A committed draft's row: its own file, so its findings read under it, not under the tutorial. */
function committedRow(d, diagnostics) {
    const mine = countsOf(diagnostics.filter((x) => x.file === d.path));
    return [
        tableCell(d.path),
        tableCell(d.tutorial),
        tableCell(d.channel),
        mine.errors,
        mine.warnings
    ].reduce((line, cell) => `${line} ${cell} |`, '|');
}
function draftDetails(r) {
    const d = r.draft;
    if (!d)
        return '';
    const pass = d.checklist.filter((c) => c.status === 'pass').length;
    const summary = `📝 Draft for ${htmlText(r.name)} — ${htmlText(d.path)} (${plural(d.openQuestions.length, 'open question')}, checklist ${pass}/${d.checklist.length} ✅)`;
    return [
        '<details>',
        `<summary>${summary}</summary>`,
        '',
        neutralize(d.markdown).trimEnd(),
        '',
        '</details>'
    ].join('\n');
}
function prepare(result, frame) {
    const diagnostics = allDiagnostics(result);
    const counts = countsOf(diagnostics);
    const rows = tutorialRows(result, diagnostics);
    const status = `**${statusIcon(counts.errors, counts.warnings)} ${summarySentence(counts, result.tutorials.length, result.registry.claims.length)}**`;
    const questions = [];
    const questionGroups = [];
    for (const r of rows) {
        const qs = r.draft?.openQuestions ?? [];
        if (qs.length === 0)
            continue;
        questionGroups.push(`**${inlineText(clip(r.title || r.name, frame.clip.title))}**`);
        for (const q of qs) {
            questions.push({
                group: questionGroups.length - 1,
                line: `- *${inlineText(q.channel)}* — ${inlineText(clip(q.text, frame.clip.question))}`
            });
        }
    }
    return {
        status,
        tutorialRows: rows.map((r) => tutorialRow(r, frame)),
        committedRows: (result.guarded ?? []).map((d) => committedRow(d, diagnostics)),
        diagnosticRows: diagnostics.map((d) => diagnosticRow(d, frame)),
        questions,
        questionGroups,
        draftChars: rows.reduce((n, r) => n + (r.draft?.markdown.length ?? 0), 0),
        sections: rows.map((r) => ({
            heading: `#### ${inlineText(clip(r.title || r.name, frame.clip.title))}`,
            flowchart: r.tutorial ? exerciseFlowchart(r.tutorial) : '',
            hasDraft: r.draft !== undefined,
            draft: memo(() => draftDetails(r))
        }))
    };
}
function memo(f) {
    let value;
    return () => (value ??= f());
}
function more(n, what, frame) {
    return `…and ${n} more ${what}, ${frame.moreHint}.`;
}
function render(p, frame, detail) {
    const out = [];
    if (frame.marker !== undefined)
        out.push(frame.marker);
    out.push(`## ${inlineText(frame.title)}`, p.status, ...(frame.intro ?? []));
    const nTut = Math.min(detail.tutorialLimit, p.tutorialRows.length);
    if (p.tutorialRows.length > 0) {
        out.push([
            '| Tutorial | Citations | Errors | Warnings | Open questions | Draft |',
            '| --- | ---: | ---: | ---: | ---: | --- |',
            ...p.tutorialRows.slice(0, nTut)
        ].join('\n'));
        if (nTut < p.tutorialRows.length)
            out.push(more(p.tutorialRows.length - nTut, 'tutorials', frame));
    }
    const nDrafts = Math.min(detail.tutorialLimit, p.committedRows.length);
    if (nDrafts > 0) {
        out.push(`### Committed drafts (${p.committedRows.length})`, [
            '| Draft | Tutorial | Channel | Errors | Warnings |',
            '| --- | --- | --- | ---: | ---: |',
            ...p.committedRows.slice(0, nDrafts)
        ].join('\n'));
        if (nDrafts < p.committedRows.length)
            out.push(more(p.committedRows.length - nDrafts, 'committed drafts', frame));
    }
    if (p.diagnosticRows.length > 0) {
        const n = Math.min(detail.itemLimit, p.diagnosticRows.length);
        out.push(`### Diagnostics (${p.diagnosticRows.length})`);
        if (n > 0) {
            out.push([
                '| | Location | Rule | Message |',
                '| --- | --- | --- | --- |',
                ...p.diagnosticRows.slice(0, n)
            ].join('\n'));
        }
        if (n < p.diagnosticRows.length)
            out.push(more(p.diagnosticRows.length - n, 'diagnostics', frame));
    }
    if (p.questions.length > 0) {
        const n = Math.min(detail.itemLimit, p.questions.length);
        out.push(`### Open questions (${p.questions.length})`);
        let group = -1;
        let list = [];
        for (const q of p.questions.slice(0, n)) {
            if (q.group !== group) {
                if (list.length > 0)
                    out.push(list.join('\n'));
                group = q.group;
                out.push(p.questionGroups[group] ?? '');
                list = [];
            }
            list.push(q.line);
        }
        if (list.length > 0)
            out.push(list.join('\n'));
        if (n < p.questions.length)
            out.push(more(p.questions.length - n, 'open questions', frame));
    }
    const sections = p.sections.slice(0, nTut).filter((s) => s.hasDraft || s.flowchart !== '');
    if (sections.length > 0 && (detail.draftBodies || detail.flowcharts)) {
        out.push('### Drafts and exercise flow');
        for (const s of sections) {
            const flow = detail.flowcharts ? s.flowchart : '';
            const draft = detail.draftBodies ? s.draft() : '';
            if (flow === '' && draft === '')
                continue;
            out.push(s.heading);
            if (flow !== '')
                out.push(flow);
            if (draft !== '')
                out.push(draft);
        }
    }
    if (!detail.draftBodies && p.sections.some((s) => s.hasDraft)) {
        out.push(`Draft texts are left out here to keep this short; ${frame.moreHint}.`);
    }
    if (frame.footer)
        out.push(frame.footer);
    return `${out.join('\n\n')}\n`;
}
/** Largest n in [0, max] with ok(n), assuming ok is monotonic; -1 when even ok(0) fails. */
function largest(max, ok) {
    if (!ok(0))
        return -1;
    let lo = 0;
    let hi = max;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * Renders the report within `max` (as measured by `size`): full detail first, then without
 * flowcharts, then without draft texts, then with fewer diagnostics/open questions, then with
 * fewer tutorials, and at last only the title and status line (or just the marker).
 */
function renderFitted(result, frame, max, size = (s) => s.length) {
    const p = prepare(result, frame);
    const fits = (s) => size(s) <= max;
    const attempt = (detail) => {
        const s = render(p, frame, detail);
        return fits(s) ? s : undefined;
    };
    const steps = [
        FULL,
        { ...FULL, flowcharts: false },
        { ...FULL, flowcharts: false, draftBodies: false }
    ];
    // draft texts only grow when neutralized: skip the steps that cannot fit without rendering them
    const skip = p.draftChars > max ? 2 : 0;
    for (const d of steps.slice(skip)) {
        const s = attempt(d);
        if (s !== undefined)
            return s;
    }
    const lean = {
        flowcharts: false,
        draftBodies: false,
        itemLimit: 0,
        tutorialLimit: Infinity
    };
    const maxItems = Math.max(p.diagnosticRows.length, p.questions.length);
    const items = largest(maxItems, (n) => attempt({ ...lean, itemLimit: n }) !== undefined);
    if (items >= 0)
        return render(p, frame, { ...lean, itemLimit: items });
    const tuts = largest(p.tutorialRows.length, (n) => attempt({ ...lean, tutorialLimit: n }) !== undefined);
    if (tuts >= 0)
        return render(p, frame, { ...lean, tutorialLimit: tuts });
    const head = frame.marker !== undefined ? [frame.marker] : [];
    const minimal = `${[...head, `## ${inlineText(frame.title)}`, p.status, `Details are left out; ${frame.moreHint}.`].join('\n\n')}\n`;
    if (fits(minimal))
        return minimal;
    const bare = head.join('');
    return fits(bare) ? bare : '';
}
/** Only accepts plain http(s) URLs without characters that could end a Markdown link. */
function safeUrl(url) {
    if (url === undefined)
        return undefined;
    return /^https?:\/\/[^\s<>()[\]`"']+$/.test(url) ? url : undefined;
}

const COMMENT_LIMIT = 65536;
const COMMENT_BUDGET = 60000;
const TITLE = 'Tutorial amplifier';
/** Our hidden marker for a comment `header` (sanitized to `[a-z0-9-_]`, default `default`). */
function markerFor(header = 'default') {
    const name = header
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64);
    return `<!-- tutorial-amplifier:${name === '' ? 'default' : name} -->`;
}
function title(header) {
    const h = header?.trim();
    return h && h !== 'default' ? `${TITLE} — ${h}` : TITLE;
}
function affectedLine(affected) {
    const shown = affected.slice(0, 20).map((a) => clip(a, 200));
    const rest = affected.length - shown.length;
    // neutralized as one piece: separately safe pieces can pair up backticks once joined
    const list = inlineText(shown.join(', '));
    return `Affected by this pull request: ${list}${rest > 0 ? ` and ${rest} more` : ''}.`;
}
function renderComment(result, opts) {
    const max = Math.min(opts.maxLength ?? COMMENT_BUDGET, COMMENT_LIMIT);
    const url = safeUrl(opts.summaryUrl);
    const summaryLink = url ? `[job summary](${url})` : 'job summary of this run';
    if (opts.nothing) {
        const body = [
            opts.marker,
            `## ${inlineText(title(opts.header))}`,
            'No tutorial is affected by this pull request: it changes no tutorial and no claim a tutorial cites.'
        ].join('\n\n');
        return body.length + 1 <= max ? `${body}\n` : opts.marker.length <= max ? opts.marker : '';
    }
    const frame = {
        marker: opts.marker,
        title: title(opts.header),
        intro: opts.affected && opts.affected.length > 0 ? [affectedLine(opts.affected)] : [],
        moreHint: `see the ${summaryLink}`,
        clip: { message: 300, title: 120, question: 500 }
    };
    if (url)
        frame.footer = `<sub>Full report: ${summaryLink}.</sub>`;
    return renderFitted(result, frame, max);
}

export { DEFAULT_CONFIG_FILES as D, autodetect as a, allDiagnostics as b, countsOf as c, displayPath as d, repositoryRoot as e, runInspect as f, runCheckWithStale as g, runGenerate as h, writeDrafts as i, renderComment as j, findConfigUpwards as k, locationText as l, markerFor as m, loadConfig as n, renderFitted as o, plural as p, staleDrafts as q, resolveInside as r, summarySentence as s, resolveFolders as t, readRegistry as u, readTutorial as v, writeFilesAtomically as w, inlineText as x, discoverDrafts as y, draftPathFor as z };
//# sourceMappingURL=comment.js.map

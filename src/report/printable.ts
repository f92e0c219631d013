// Text for a terminal or a one-line error: names and metadata come from whoever made the file, and a
// control character in them (an escape sequence that recolours, retitles or clears the terminal, a
// line break that fakes a verdict line, a bidi override that reorders what is shown) must be shown,
// never obeyed. Each becomes a visible escape (\x1b, \n, \u202e); everything else is unchanged.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

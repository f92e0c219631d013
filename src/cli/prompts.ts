// A small question-asking interface over inquirer (loaded only when a command asks something), so
// the wizard and the fixer read plainly and tests can answer without a terminal.

export interface Choice<T extends string> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  select<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  input(message: string, options?: { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
}

/** True when a person can answer: both standard input and output are a terminal. */
export function isInteractive(): boolean {
  return process.stdin.isTTY === true && process.stdout.isTTY === true;
}

export async function inquirerPrompter(): Promise<Prompter> {
  const { default: inquirer } = await import('inquirer');
  const prompt = inquirer.prompt as unknown as (questions: Record<string, unknown>[]) => Promise<{ value: unknown }>;
  const ask = async (question: Record<string, unknown>) => (await prompt([{ name: 'value', ...question }])).value;
  return {
    async select(message, choices, defaultValue) {
      return (await ask({ type: 'select', message, choices, ...(defaultValue !== undefined ? { default: defaultValue } : {}) })) as never;
    },
    async input(message, options = {}) {
      const question: Record<string, unknown> = { type: 'input', message };
      if (options.default !== undefined) question.default = options.default;
      if (options.validate) question.validate = options.validate;
      return String((await ask(question)) ?? '').trim();
    },
    async confirm(message, defaultValue = true) {
      return (await ask({ type: 'confirm', message, default: defaultValue })) === true;
    },
  };
}

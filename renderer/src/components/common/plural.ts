const COUNT = new Intl.NumberFormat('en-GB');

/**
 * A count and its noun, agreeing in number: "1 trainee", "2 trainees", "1,200 replies". Every
 * screen writes counts through this one function so that none says "1 trainees"; pass the plural
 * when it is not the singular plus "s" (`plural(n, 'reply', 'replies')`).
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(n)} ${n === 1 ? one : many}`;
}

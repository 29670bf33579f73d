/** The machine line of `results.json`: CPU model, cores, memory, Node version. */
import { cpus, totalmem } from "node:os";

export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim().replace(/\s+/g, " ") ?? "unknown CPU";
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${model}, ${cores.length} cores, ${memory}, Node ${process.version}`;
}

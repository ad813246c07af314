/** Whether a process of this id is running (one we may not signal is running too): for telling a killed run's leftovers from a live run's. */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

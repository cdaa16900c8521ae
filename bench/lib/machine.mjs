// The machine, system, browser and commit a report was measured on.

import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { ROOT } from '../server.mjs';

export function machine(browserVersion) {
  const git = (...args) => {
    try {
      return execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no');
  let cpu = os.cpus()[0]?.model?.trim() || 'unknown';
  try {
    const lscpu = execFileSync('lscpu', { encoding: 'utf8' });
    const m = /^Model name:\s*(.+)$/m.exec(lscpu);
    if (m) cpu = m[1].trim();
  } catch {
    /* os.cpus() it is */
  }
  let os_name = `${os.type()} ${os.release()}`;
  try {
    const rel = fs.readFileSync('/etc/os-release', 'utf8');
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(rel);
    if (m) os_name = `${m[1]}, ${os.type()} ${os.release()}`;
  } catch {
    /* keep uname */
  }
  return {
    cpu,
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: os_name,
    node: process.version,
    browser: browserVersion,
    commit: commit ? `${commit.slice(0, 12)}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

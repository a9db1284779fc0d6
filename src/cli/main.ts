// glasspy's command line. The only module that may use Node APIs besides src/cli/*.
import { Command } from 'commander';

const program = new Command();
program.name('glasspy').description('A Python 3.11 runtime whose memory management is CPython\'s, made visible').version('glasspy 0.1.0 (Python 3.11.7 semantics)');
program.parse();

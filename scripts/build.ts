/**
 * The build `npm start` and `npm run build` run: what nest-cli.json's SWC builder names, compiled as that builder compiles
 * it — the builder's files, swc.build.json's options, tsconfig.build.json's outDir, rootDir and path aliases — into dist/.
 * No type check: that is `npm run typecheck` (and CI).
 *   npm run build
 * `nest build` makes the same dist/, but through @swc/cli, whose per-file hand-off to worker threads and atomic writes
 * cost about three times the compilation itself (`npm run bench:startup` times both); here each file is one transform
 * and two plain writes.
 */
import { Options, transformFile } from '@swc/core';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..');

/** The part of nest-cli.json the build follows. */
interface NestCliConfig {
  compilerOptions: {
    tsConfigPath: string;
    deleteOutDir?: boolean;
    builder: { type: 'swc'; options: { swcrcPath: string; filenames: string[]; ignore: string[]; extensions: string[] } };
  };
}

function parsedTsConfig(config: object): ts.ParsedCommandLine {
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
}

function tsCompilerOptions(tsConfigPath: string): ts.CompilerOptions {
  const { config, error } = ts.readConfigFile(join(ROOT, tsConfigPath), ts.sys.readFile);
  if (error) throw new Error(`${tsConfigPath}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  return parsedTsConfig(config).options;
}

async function main(): Promise<void> {
  const nestCli = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as NestCliConfig;
  const { tsConfigPath, deleteOutDir, builder } = nestCli.compilerOptions;
  const { outDir = join(ROOT, 'dist'), rootDir = ROOT, baseUrl = ROOT, paths } = tsCompilerOptions(tsConfigPath);
  const swcOptions = JSON.parse(readFileSync(join(ROOT, builder.options.swcrcPath), 'utf8')) as Options;
  // swcrc: false — the options are all here; swc would otherwise look for a .swcrc beside every file.
  const options: Options = { ...swcOptions, swcrc: false, jsc: { ...swcOptions.jsc, baseUrl, paths } };
  // TypeScript's include/exclude matching stands in for @swc/cli's globs: the same directories, the same ignore patterns.
  const files = parsedTsConfig({ include: builder.options.filenames, exclude: builder.options.ignore }).fileNames.filter(
    (file) => !file.endsWith('.d.ts') && builder.options.extensions.some((extension) => file.endsWith(extension)),
  );

  if (deleteOutDir) rmSync(outDir, { recursive: true, force: true });
  const failures: string[] = [];
  await Promise.all(
    files.map(async (file) => {
      const output = join(outDir, relative(rootDir, file)).replace(/\.ts$/, '.js');
      const outputDir = dirname(output);
      try {
        const { code, map } = await transformFile(file, { ...options, sourceFileName: relative(outputDir, file), outputPath: output });
        mkdirSync(outputDir, { recursive: true });
        if (map === undefined) return writeFileSync(output, code);
        writeFileSync(output, `${code}\n//# sourceMappingURL=${basename(output)}.map`);
        writeFileSync(`${output}.map`, map);
      } catch (error) {
        failures.push(`${relative(ROOT, file)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  if (failures.length > 0) throw new Error(`${failures.length} of ${files.length} files did not compile:\n${failures.join('\n')}`);
  process.stdout.write(`compiled ${files.length} files into ${relative(ROOT, outDir)}/\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

import { declareInModule } from './module-wiring';
import { addClassMember, addImport, addToArray } from './tree-edits';

describe('addToArray', () => {
  it('fills an empty array', () => {
    expect(addToArray('providers: [],', 'providers: [', 'A')).toBe('providers: [A],');
  });

  it('extends a one-line array', () => {
    expect(addToArray('imports: [TypeOrmModule.forFeature([X])],', 'TypeOrmModule.forFeature([', 'Y')).toBe('imports: [TypeOrmModule.forFeature([X, Y])],');
  });

  it('adds a line to a multi-line array, with a trailing comma', () => {
    const before = 'x({\n  providers: [\n    A,\n    B\n  ],\n})';
    expect(addToArray(before, 'providers: [', 'C')).toBe('x({\n  providers: [\n    A,\n    B,\n    C,\n  ],\n})');
  });

  it('explains a missing anchor', () => {
    expect(() => addToArray('x', 'providers: [', 'C')).toThrow(/cannot find "providers: \[" to add C/);
  });
});

describe('addImport', () => {
  it('adds an import after the last one, once', () => {
    const source = "import { A } from './a';\n\nconst x = 1;\n";
    const once = addImport(source, 'B', './b');
    expect(once).toBe("import { A } from './a';\nimport { B } from './b';\n\nconst x = 1;\n");
    expect(addImport(once, 'B', './b')).toBe(once);
  });

  it('merges a symbol into an existing import from the same module', () => {
    expect(addImport("import { Post } from '@nestjs/common';\n", 'Get', '@nestjs/common')).toBe("import { Get, Post } from '@nestjs/common';\n");
  });
});

describe('addClassMember', () => {
  it('adds a method before the class closes', () => {
    expect(addClassMember('class A {\n  x = 1;\n}\n', '  y(): void {}\n')).toBe('class A {\n  x = 1;\n\n  y(): void {}\n}\n');
  });
});

describe('declareInModule', () => {
  it('adds to a @Module metadata array through the syntax tree', () => {
    const module = "import { Module } from '@nestjs/common';\n\n@Module({\n  imports: [\n    A,\n  ],\n  providers: [],\n})\nexport class X {}\n";
    const updated = declareInModule(declareInModule(module, 'imports', 'B'), 'providers', 'C');
    expect(updated).toContain('  imports: [\n    A,\n    B,\n  ],');
    expect(updated).toContain('providers: [C]');
    expect(declareInModule(updated, 'providers', '{ provide: D, useClass: E }')).toContain('  providers: [\n    C,\n    { provide: D, useClass: E },\n  ],');
  });
});

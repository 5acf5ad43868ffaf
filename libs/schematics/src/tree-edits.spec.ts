import { addClassMember, addImport } from './tree-edits';

describe('addImport', () => {
  it('adds an import after the last one, once', () => {
    const source = "import { A } from './a';\n\nconst x = 1;\n";
    const once = addImport(source, 'B', './b');
    expect(once).toBe("import { A } from './a';\nimport { B } from './b';\n\nconst x = 1;\n");
    expect(addImport(once, 'B', './b')).toBe(once);
  });

  it('merges a symbol into an existing import from the same module', () => {
    expect(addImport("import { Post } from '@nestjs/common';\n", 'Get', '@nestjs/common')).toBe(
      "import { Get, Post } from '@nestjs/common';\n",
    );
  });
});

describe('addClassMember', () => {
  it('adds a method before the class closes', () => {
    expect(addClassMember('class A {\n  x = 1;\n}\n', '  y(): void {}\n')).toBe('class A {\n  x = 1;\n\n  y(): void {}\n}\n');
  });
});

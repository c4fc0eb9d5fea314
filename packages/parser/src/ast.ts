// The abstract syntax tree of pyarena's Python subset. Node kinds and field names follow
// CPython's Lib/ast.py (Parser/Python.asdl), so `ast.dump` readers feel at home.
// Every node carries an exact source span: 1-based lines, 0-based columns counted in
// characters of the original source (CPython counts UTF-8 bytes; we count UTF-16 units).

export interface Span {
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}

// ---------------------------------------------------------------- module

export interface Module {
  kind: 'Module';
  body: Stmt[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue
  | Match;

export interface Arg extends Span {
  kind: 'arg';
  arg: string;
  annotation: Expr | null;
}

/** Parameters as CPython's `arguments`: defaults align with the *last* posonly+args. */
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonlyarg; null where the keyword-only parameter has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

export interface FunctionDef extends Span {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  returns: Expr | null;
}

export interface Keyword extends Span {
  kind: 'keyword';
  /** null for `**mapping` */
  arg: string | null;
  value: Expr;
}

export interface ClassDef extends Span {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}

export interface Return extends Span { kind: 'Return'; value: Expr | null }
export interface Delete extends Span { kind: 'Delete'; targets: Expr[] }
/** `a = b = value` has targets [a, b]. */
export interface Assign extends Span { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Span { kind: 'AugAssign'; target: Expr; op: BinOperator; value: Expr }
/** `simple` is true for a bare name target not in parentheses, as in CPython. */
export interface AnnAssign extends Span {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}
export interface For extends Span { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Span { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
/** `elif` chains are nested Ifs in orelse, as in CPython. */
export interface If extends Span { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface WithItem { contextExpr: Expr; optionalVars: Expr | null }
export interface With extends Span { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Span { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface ExceptHandler extends Span {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Try extends Span {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Span { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Alias extends Span { kind: 'alias'; name: string; asname: string | null }
/** `import a.b as c` */
export interface Import extends Span { kind: 'Import'; names: Alias[] }
/** `from ..a import b`: module null for `from . import b`; names [{name:'*'}] for star. */
export interface ImportFrom extends Span { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Span { kind: 'Global'; names: string[] }
export interface Nonlocal extends Span { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Span { kind: 'Expr'; value: Expr }
export interface Pass extends Span { kind: 'Pass' }
export interface Break extends Span { kind: 'Break' }
export interface Continue extends Span { kind: 'Continue' }

// ---------------------------------------------------------------- match (PEP 634)

export interface Match extends Span { kind: 'Match'; subject: Expr; cases: MatchCase[] }
/** One `case`: as CPython's match_case, it has no location of its own. */
export interface MatchCase { kind: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

/** A literal (`-1`, `1 + 2j`, `'s'`) or a dotted name (`Color.RED`), compared with `==`. */
export interface MatchValue extends Span { kind: 'MatchValue'; value: Expr }
/** None, True or False, compared with `is`. */
export interface MatchSingleton extends Span { kind: 'MatchSingleton'; value: ConstantValue }
export interface MatchSequence extends Span { kind: 'MatchSequence'; patterns: Pattern[] }
/** `{k: p, **rest}`: keys are literals or dotted names. */
export interface MatchMapping extends Span { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Span {
  kind: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}
/** `*name` in a sequence pattern; name null for `*_`. */
export interface MatchStar extends Span { kind: 'MatchStar'; name: string | null }
/** `p as name`; a capture `name` has pattern null; the wildcard `_` has both null. */
export interface MatchAs extends Span { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Span { kind: 'MatchOr'; patterns: Pattern[] }

// ---------------------------------------------------------------- expressions

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

/** Load, Store or Del, as in CPython: set on every Name/Attribute/Subscript/List/Tuple/Starred. */
export type ExprContext = 'Load' | 'Store' | 'Del';

export type BinOperator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface BoolOp extends Span { kind: 'BoolOp'; op: 'And' | 'Or'; values: Expr[] }
export interface NamedExpr extends Span { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Span { kind: 'BinOp'; left: Expr; op: BinOperator; right: Expr }
export interface UnaryOp extends Span { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Span { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Span { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `{**m}`: the key is null for a `**` entry. */
export interface Dict extends Span { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Span { kind: 'Set'; elts: Expr[] }
export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}
export interface ListComp extends Span { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Span { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Span { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Span { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Yield extends Span { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Span { kind: 'YieldFrom'; value: Expr }
/** `a < b < c` is one Compare with ops [Lt, Lt] and comparators [b, c]. */
export interface Compare extends Span { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
/** Positional `*x` arguments appear in args as Starred; `**m` as a keyword with arg null. */
export interface Call extends Span { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** One `{...}` of an f-string. conversion: -1 none, 115 's', 114 'r', 97 'a' (CPython's codes). */
export interface FormattedValue extends Span {
  kind: 'FormattedValue';
  value: Expr;
  conversion: number;
  formatSpec: JoinedStr | null;
}
/** An f-string: values are Constant(str) pieces and FormattedValues. */
export interface JoinedStr extends Span { kind: 'JoinedStr'; values: Expr[] }

export type ConstantValue =
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'complex'; imag: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: Uint8Array }
  | { type: 'bool'; value: boolean }
  | { type: 'None' }
  | { type: 'Ellipsis' };

/** Adjacent string literals are already concatenated by the parser. */
export interface Constant extends Span { kind: 'Constant'; value: ConstantValue }
export interface Attribute extends Span { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
/** `a[1:2, 3]` has slice Tuple([Slice, Constant]). */
export interface Subscript extends Span { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Span { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Span { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Span { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Span { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Span { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

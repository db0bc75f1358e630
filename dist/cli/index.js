#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && eos()) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              code = advance();
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES) {
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        while (eos() !== true && (code = advance())) {
          if (code === CHAR_LEFT_PARENTHESES) {
            backslashes = token.backslashes = true;
            code = advance();
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (idx !== 0 || value !== '') {
        parts.push(value);
      }
      prevIndex = i;
    }

    if (prevIndex && prevIndex + 1 < input.length) {
      const value = input.slice(prevIndex + 1);
      parts.push(value);

      if (opts.tokens) {
        tokens[tokens.length - 1].value = value;
        depth(tokens[tokens.length - 1]);
        state.maxDepth += tokens[tokens.length - 1].depth;
      }
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 2494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
/** Declares a check; the identity function gives the object its type. */
function defineCheck(check) {
    return check;
}


/***/ }),

/***/ 3823:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   J: () => (/* binding */ UNSUPPORTED_PARAMETERS)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2494);

/** Real parameters of New-ClientAccessRule that customers cannot use, and why (§1.3). */
const UNSUPPORTED_PARAMETERS = Object.freeze({
    AnyOfSourceTcpPortNumbers: 'ports',
    ExceptAnyOfSourceTcpPortNumbers: 'ports',
    UserIsMemberOf: 'groups',
    ExceptUserIsMemberOf: 'groups',
    DatacenterAdminsOnly: 'datacenter'
});
/**
 * Exchange's cmdlets carry parameters "reserved for internal Microsoft use" (source ports, group
 * membership, DatacenterAdminsOnly) and DomainController, which only on-premises Exchange has.
 * A rule set that names them cannot be applied; the finding says what to use instead.
 * Sources: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * and office-docs-powershell issue 1706 (no group conditions for customers).
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .q)({
    id: 'EXO004',
    slug: 'unsupported-parameter',
    title: 'Use only the parameters customers can set',
    category: 'document',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        ports: '"{{property}}" is reserved for internal Microsoft use (Exchange 2013 only); client access rules cannot filter on source ports.',
        groups: '"{{property}}" is reserved for internal Microsoft use; scope users with "UserRecipientFilter" or "UsernameMatchesAnyOfPatterns" instead.',
        datacenter: '"{{property}}" is reserved for internal Microsoft use and cannot be set; remove it.',
        domainController: '"DomainController" exists only in on-premises Exchange, but the target is "ExchangeOnline"{{assumed}}; remove it or set "Target" to "ExchangeServer".'
    },
    run(ctx) {
        if (ctx.ruleSet.target !== 'ExchangeOnline')
            return;
        for (const rule of ctx.ruleSet.clientAccessRules) {
            if (rule.domainController === undefined)
                continue;
            ctx.report({
                at: rule.pointer + '/DomainController',
                target: 'key',
                messageId: 'domainController',
                data: { assumed: ctx.ruleSet.targetExplicit ? '' : ' (assumed: no "Target" is set)' }
            });
        }
    }
}));


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ui: () => (/* binding */ CHECKS),
  xz: () => (/* binding */ checkById),
  K3: () => (/* binding */ isCheckId)
});

// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __nccwpck_require__(2494);
;// CONCATENATED MODULE: ./src/checks/exo001-invalid-json.ts

/**
 * The file must be strict RFC 8259 JSON in UTF-8, within the size and nesting caps: it is what
 * the reviewer approves and what PowerShell's ConvertFrom-Json reads. Emitted by the engine's
 * load, decode and parse stages; a file with EXO001 gets no other finding.
 * Source: https://www.rfc-editor.org/rfc/rfc8259
 */
/* harmony default export */ const exo001_invalid_json = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO001',
    slug: 'invalid-json',
    title: 'Rule-set files must be strict JSON in UTF-8',
    category: 'document',
    severity: 'error',
    scope: 'engine',
    messages: {
        empty: 'The file is empty; a rule set is one JSON object.',
        tooLarge: 'The file is {{size}} bytes, over the cap of {{cap}} bytes (limits.maxFileBytes).',
        wrongEncoding: 'The file is encoded as "{{encoding}}"; save it as UTF-8.',
        invalidUtf8: 'The file is not valid UTF-8: byte "{{byte}}" is not part of a UTF-8 character; save it as UTF-8.',
        tooDeep: 'The document nests deeper than the cap of {{cap}} levels (limits.maxDepth).',
        invalidSymbol: 'Unexpected "{{token}}": this is not valid JSON.',
        invalidNumber: 'Invalid number "{{token}}": JSON numbers have no leading zeros, "+" sign, hex, NaN or Infinity.',
        trailingComma: 'Trailing comma before "{{token}}": JSON does not allow one.',
        propertyNameExpected: 'Expected a property name in double quotes, found "{{token}}".',
        valueExpected: 'Expected a value, found "{{token}}".',
        colonExpected: 'Expected a colon after the property name, found "{{token}}".',
        commaExpected: 'Expected a comma or a closing bracket, found "{{token}}".',
        endExpected: 'Unexpected "{{token}}" after the end of the JSON value.',
        comment: 'Comments such as "{{token}}" are not allowed in JSON.',
        unterminatedString: 'The string is not closed: a double quote is missing.',
        invalidEscape: 'Invalid escape sequence "{{token}}" in a string.',
        controlCharacter: 'Raw control character "{{char}}" inside a string; write it as an escape such as "\\n".',
        unexpectedEnd: 'The document ends before the JSON value is complete.',
        notRegular: 'The path is a {{kind}}, not a regular file; it was not read.',
        outsideWorkspace: 'The path resolves outside the workspace "{{root}}"; it was not read.',
        unreadable: 'The file could not be read ("{{code}}").'
    }
}));

// EXTERNAL MODULE: ./src/engine/pointer.ts
var pointer = __nccwpck_require__(8227);
;// CONCATENATED MODULE: ./src/checks/util/tree.ts

/**
 * Where the walk is: the reference tokens from the root to the node being visited. The JSON
 * Pointer is built only when a check asks for it (most nodes are never reported, and building a
 * pointer for each was a large share of a file's time).
 */
class NodePath {
    tokens = [];
    /** The JSON Pointer of the node being visited. */
    get pointer() {
        let p = '';
        for (const t of this.tokens)
            p += '/' + (0,pointer/* escapeToken */.tj)(t);
        return p;
    }
    /** @internal */
    push(token) {
        this.tokens.push(token);
    }
    /** @internal */
    pop() {
        this.tokens.pop();
    }
}
/**
 * Visits every value node of a position tree with its path (keys are visited as the string node
 * that is a property's first child, with the path of their member). The path object is shared
 * and changes as the walk goes on: read `path.pointer` during the visit, never later. Depth is
 * capped before this runs, so the recursion is bounded.
 */
function forEachNode(node, visit, path = new NodePath()) {
    visit(node, path, false);
    const children = node.children;
    if (!children)
        return;
    if (node.type === 'object') {
        for (const member of children) {
            const key = member.children?.[0];
            if (!key)
                continue;
            const value = member.children[1];
            path.push(key.value);
            visit(key, path, true);
            if (value)
                forEachNode(value, visit, path);
            path.pop();
        }
    }
    else if (node.type === 'array') {
        for (let i = 0; i < children.length; i++) {
            path.push(i);
            forEachNode(children[i], visit, path);
            path.pop();
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/exo002-duplicate-key.ts



/**
 * RFC 8259 leaves duplicate names undefined: JSON.parse keeps the last, PowerShell's
 * ConvertFrom-Json rejects keys that differ only in case (PowerShell issue 3705), and a reviewer
 * reads the first. Keys are compared after decoding escapes and case-insensitively.
 * Source: https://www.rfc-editor.org/rfc/rfc8259#section-4
 */
/* harmony default export */ const exo002_duplicate_key = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO002',
    slug: 'duplicate-key',
    title: 'Keys must be unique in each object',
    category: 'document',
    severity: 'error',
    scope: 'document',
    messages: {
        exact: 'Key "{{key}}" is already defined on line {{line}}; JSON.parse keeps only the last value.',
        escaped: 'Key "{{key}}" is the same as "{{first}}" on line {{line}} once its escapes are decoded.',
        caseVariant: 'Key "{{key}}" differs only in case from "{{first}}" on line {{line}}; PowerShell reads them as one key.'
    },
    run(ctx) {
        forEachNode(ctx.tree, (node, path) => {
            if (node.type !== 'object')
                return;
            const seen = new Map();
            for (const member of node.children ?? []) {
                const key = member.children?.[0];
                if (!key)
                    continue;
                const name = key.value;
                const fold = name.toLowerCase();
                const first = seen.get(fold);
                if (!first) {
                    seen.set(fold, key);
                    continue;
                }
                const raw = (k) => ctx.text.slice(k.offset + 1, k.offset + k.length - 1);
                const firstName = first.value;
                const messageId = firstName !== name ? 'caseVariant' : raw(first) === raw(key) ? 'exact' : 'escaped';
                ctx.report({
                    at: (0,pointer/* join */.fj)(path.pointer, name),
                    node: key,
                    messageId,
                    data: {
                        key: messageId === 'escaped' ? raw(key) : name,
                        first: messageId === 'escaped' ? raw(first) : firstName,
                        line: ctx.lineOf(first)
                    }
                });
            }
        });
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo003-schema.ts

/**
 * The document must match schemas/ruleset.schema.json: the cmdlet parameters of
 * New-ClientAccessRule and New-ActiveSyncDeviceAccessRule with their exact enum values, no
 * coercion. Emitted by the engine's schema stage, one finding per mistake, with the closest valid
 * name or value. Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 */
/* harmony default export */ const exo003_schema = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO003',
    slug: 'schema',
    title: 'Rule sets must match the rule-set schema',
    category: 'document',
    severity: 'error',
    scope: 'engine',
    messages: {
        unknownProperty: 'Unknown property "{{property}}" in {{where}}.',
        unknownPropertySuggest: 'Unknown property "{{property}}" in {{where}}; the closest valid one is "{{suggestion}}".',
        forbiddenKey: 'Key "{{property}}" is not allowed: JavaScript tools read it as a prototype, not as data.',
        type: '"{{property}}" must be {{expected}}, not {{actual}}.',
        enum: 'Value "{{value}}" of "{{property}}" is not one of {{allowed}}.',
        enumSuggest: 'Value "{{value}}" of "{{property}}" is not valid; the closest valid value is "{{suggestion}}".',
        required: 'The {{where}} is missing the required property "{{property}}".',
        emptyList: '"{{property}}" is an empty list; leave the property out instead.',
        tooManyItems: '"{{property}}" has {{count}} items, over the cap of {{cap}} (limits.maxListItems).',
        emptyString: '"{{property}}" is an empty string.',
        tooLong: '"{{property}}" is {{length}} characters long, over the cap of {{cap}} (limits.maxStringLength).',
        nameTooLong: 'Name "{{value}}" is {{length}} characters long; Exchange allows at most {{cap}}.',
        queryTooLong: 'QueryString "{{value}}" is {{length}} characters long; Exchange allows at most {{cap}}.',
        range: '"{{property}}" must be an integer from {{min}} to {{max}}, not "{{value}}".',
        noRules: 'The document has none of "ClientAccessRules", "ActiveSyncDeviceAccessRules" and "ActiveSyncOrganizationSettings", so it governs nothing.',
        notObject: 'The document must be a JSON object, not {{actual}}.',
        badId: 'Value "{{value}}" is not a check ID of the form "EXONNN".',
        blankReason: 'The "reason" is blank.',
        pattern: 'Value "{{value}}" of "{{property}}" has the wrong form.',
        generic: '"{{property}}" is not valid: {{detail}}.',
        ruleNameOrNull: '"{{property}}" must be a rule name or null, not {{actual}}.'
    }
}));

// EXTERNAL MODULE: ./src/checks/exo004-unsupported-parameter.ts
var exo004_unsupported_parameter = __nccwpck_require__(3823);
// EXTERNAL MODULE: ./src/engine/display.ts
var display = __nccwpck_require__(6060);
;// CONCATENATED MODULE: ./src/checks/exo005-unsafe-text.ts



const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Control characters (Cc) and invisible format characters (Cf): zero-width and direction marks,
 * bidirectional overrides and isolates, U+FEFF, and also the tag characters U+E0000–U+E007F that
 * can spell hidden ASCII text.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/** Like `display`, but every invisible character, astral ones too, shown as `\uXXXX` escapes. */
function shown(text) {
    return (0,display/* display */.Vy)(text).replace(INVISIBLE, (c) => c.split('').map(display/* escapeUnit */.w$).join(''));
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const WORD = /[\p{L}\p{M}]+/gu;
/**
 * What a reviewer reads must be what Exchange gets. Lone surrogates cannot be stored in UTF-8
 * (I-JSON, RFC 7493 §2.1); bidirectional overrides and zero-width characters hide text
 * (CVE-2021-42574, "Trojan Source"); keys outside NFC and words mixing Latin with Cyrillic or Greek
 * letters look like other keys and names.
 * Sources: https://www.rfc-editor.org/rfc/rfc7493 and https://trojansource.codes/
 */
/* harmony default export */ const exo005_unsafe_text = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO005',
    slug: 'unsafe-text',
    title: 'Text must not hide what it says',
    category: 'document',
    severity: 'error',
    severities: ['error', 'warning'],
    scope: 'document',
    messages: {
        loneSurrogate: 'The text "{{text}}" holds a lone UTF-16 surrogate "{{char}}", which cannot be stored as UTF-8.',
        invisible: 'The text "{{text}}" holds invisible or direction-changing characters ({{chars}}).',
        notNfc: 'The key "{{text}}" is not in Unicode NFC form, so it differs from the key it looks like.',
        mixedScript: 'The word "{{word}}" in "{{text}}" mixes Latin letters with {{script}} letters that look alike.'
    },
    run(ctx) {
        forEachNode(ctx.tree, (node, path, isKey) => {
            if (node.type !== 'string')
                return;
            const s = node.value;
            // printable ASCII holds no surrogate, no invisible character, is NFC and has one script
            if (PRINTABLE_ASCII.test(s))
                return;
            const target = isKey ? 'key' : 'value';
            const base = { at: path.pointer, node, target };
            const lone = LONE_SURROGATE.exec(s);
            if (lone) {
                ctx.report({
                    ...base,
                    messageId: 'loneSurrogate',
                    severity: 'error',
                    data: { text: shown(s), char: (0,display/* display */.Vy)(lone[0]) }
                });
                return;
            }
            const hidden = s.match(INVISIBLE);
            if (hidden) {
                const chars = [...new Set(hidden)].map((c) => shown(c));
                ctx.report({
                    ...base,
                    messageId: 'invisible',
                    severity: 'warning',
                    data: { text: shown(s), chars: chars.map((c) => `"${c}"`).join(', ') }
                });
                return;
            }
            if (isKey && s.normalize('NFC') !== s) {
                ctx.report({
                    ...base,
                    messageId: 'notNfc',
                    severity: 'warning',
                    data: { text: shown(s) }
                });
                return;
            }
            for (const word of s.match(WORD) ?? []) {
                if (!LATIN.test(word))
                    continue;
                const other = LOOKALIKE.exec(word);
                if (!other)
                    continue;
                ctx.report({
                    ...base,
                    messageId: 'mixedScript',
                    severity: 'warning',
                    data: {
                        word: (0,display/* display */.Vy)(word),
                        text: shown(s),
                        script: /\p{Script=Greek}/u.test(other[0]) ? 'Greek' : 'Cyrillic'
                    }
                });
                return;
            }
        });
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo006-number-literal.ts



/**
 * Where schemas/ruleset.schema.json expects an integer: a client access rule's `Priority`. Every
 * other number in a rule set is a schema error (EXO003), and one mistake gives one finding.
 */
const INTEGER_POINTER = /^\/ClientAccessRules\/(0|[1-9][0-9]*)\/Priority$/;
/**
 * JSON.parse turns `1.0`, `1e0` and `-0` into integers and `9007199254740993` into its neighbour
 * without a word; PowerShell and other readers may not. Judged on the raw token (I-JSON, RFC 7493
 * §2.2), so what the reviewer reads is what every reader gets.
 * Source: https://www.rfc-editor.org/rfc/rfc7493#section-2.2
 */
/* harmony default export */ const exo006_number_literal = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO006',
    slug: 'number-literal',
    title: 'Write integers as plain integer literals',
    category: 'document',
    severity: 'warning',
    scope: 'document',
    messages: {
        notPlain: 'Number "{{raw}}" is not a plain integer literal; write "{{plain}}".',
        negativeZero: 'Number "{{raw}}" is negative zero; write "0".',
        unsafe: 'Number "{{raw}}" is beyond 2^53 and cannot be represented exactly; it reads as "{{plain}}".',
        underflow: 'Number "{{raw}}" is too small to represent and reads as "0".'
    },
    run(ctx) {
        forEachNode(ctx.tree, (node, path) => {
            if (node.type !== 'number')
                return;
            const pointer = path.pointer;
            if (!INTEGER_POINTER.test(pointer) || ctx.schemaError(pointer))
                return;
            // number → property → rule object → the list: not when "ClientAccessRules" is an object
            if (node.parent?.parent?.parent?.type !== 'array')
                return;
            const raw = ctx.text.slice(node.offset, node.offset + node.length);
            const value = node.value;
            const data = { raw: (0,display/* display */.Vy)(raw, 40), plain: String(value) };
            const report = (messageId) => ctx.report({ at: pointer, node, messageId, data });
            if (!Number.isFinite(value))
                return; // an out-of-range number is EXO003's
            if (value === 0) {
                const mantissa = raw.replace(/[eE].*$/, '');
                if (/[1-9]/.test(mantissa))
                    report('underflow');
                else if (raw.startsWith('-'))
                    report('negativeZero');
                else if (raw !== '0')
                    report('notPlain');
                return;
            }
            if (!Number.isInteger(value))
                return;
            if (!Number.isSafeInteger(value))
                report('unsafe');
            else if (!/^-?[1-9][0-9]*$/.test(raw))
                report('notPlain');
        });
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo007-byte-order-mark.ts

/**
 * Windows PowerShell 5.1 writes UTF-8 with a byte-order mark; RFC 8259 §8.1 says senders must not
 * add one. The engine strips it once, before parsing, so every column stays right, and notes it.
 * Source: https://www.rfc-editor.org/rfc/rfc8259#section-8.1
 */
/* harmony default export */ const exo007_byte_order_mark = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO007',
    slug: 'byte-order-mark',
    title: 'Save rule-set files without a byte-order mark',
    category: 'document',
    severity: 'notice',
    scope: 'engine',
    messages: {
        bom: 'The file starts with a UTF-8 byte-order mark "\\uFEFF"; it was ignored, but JSON files should be saved without one.'
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo101-duplicate-priority.ts


/**
 * No two client access rules may share a `Priority`: setting a rule to a value another rule holds
 * inserts it there and silently pushes that rule and every later one down by one (§1.4), so a file
 * with a repeated priority does not say which of the two runs first once it is applied. The gate
 * evaluates ties in file order, but Exchange's result depends on the order the rules are written.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * (the Priority parameter).
 */
/* harmony default export */ const exo101_duplicate_priority = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO101',
    slug: 'duplicate-priority',
    title: 'Give each client access rule its own priority',
    category: 'ordering',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        duplicatePriority: 'Rule "{{rule}}" has priority "{{priority}}", the same as the earlier rule "{{other}}" (line {{otherLine}}); Exchange would silently renumber one of them, so give each rule its own priority.'
    },
    run(ctx) {
        const first = new Map();
        for (const rule of ctx.ruleSet.clientAccessRules) {
            if (rule.priority === undefined)
                continue;
            const other = first.get(rule.priority);
            if (!other) {
                first.set(rule.priority, rule);
                continue;
            }
            ctx.report({
                at: rule.pointer + '/Priority',
                messageId: 'duplicatePriority',
                data: {
                    rule: (0,display/* display */.Vy)(rule.name),
                    priority: rule.priority,
                    other: (0,display/* display */.Vy)(other.name),
                    otherLine: ctx.line(other.pointer + '/Priority')
                },
                related: [
                    { at: other.pointer + '/Priority', message: 'The earlier rule with the same priority.' }
                ]
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo102-duplicate-name.ts


/**
 * A client access rule's `Name` must be unique (§1.3): it is the rule's identity, by which `Set-`,
 * `Get-`, `Remove-ClientAccessRule` find it. Names compare case-insensitively, as Exchange's
 * identities (and PowerShell) do, so "Block OWA" and "block owa" are one rule to Exchange: the
 * file describes two rules where Exchange can hold one, and a later edit could mean either.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * (the Name parameter).
 */
/* harmony default export */ const exo102_duplicate_name = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO102',
    slug: 'duplicate-name',
    title: 'Give each client access rule its own name',
    category: 'ordering',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        duplicateName: 'Rule name "{{name}}" is already used by the earlier rule "{{other}}" (line {{otherLine}}); Exchange identifies rules by name, case-insensitively, so rename one of them.'
    },
    run(ctx) {
        const first = new Map();
        for (const rule of ctx.ruleSet.clientAccessRules) {
            const key = rule.name.toLowerCase();
            const other = first.get(key);
            if (!other) {
                first.set(key, rule);
                continue;
            }
            ctx.report({
                at: rule.pointer + '/Name',
                messageId: 'duplicateName',
                data: {
                    name: (0,display/* display */.Vy)(rule.name),
                    other: (0,display/* display */.Vy)(other.name),
                    otherLine: ctx.line(other.pointer + '/Name')
                },
                related: [{ at: other.pointer + '/Name', message: 'The earlier rule with the same name.' }]
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/util/rules.ts

/** `"Name" (line N)` for a rule of the model. */
function ruleRef(ctx, rule) {
    return `"${(0,display/* display */.Vy)(rule.name)}" (line ${ctx.line(rule.rule.pointer + '/Name')})`;
}
/** How many rules a message names before it says "and N more". */
const RULES_NAMED = 5;
/** A readable list of rule references: at most five, then "and N more". */
function ruleList(ctx, rules) {
    const shown = rules.slice(0, RULES_NAMED).map((r) => ruleRef(ctx, r));
    const rest = rules.length - shown.length;
    const head = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0];
    return rest > 0 ? `${shown.join(', ')} and ${rest} more` : (head ?? '');
}

;// CONCATENATED MODULE: ./src/checks/util/shadow.ts

/**
 * Calls `fn` for every enabled rule that can match connections but decides none of them, with the
 * earlier rules that decide them (EXO103 and EXO105 split these by action).
 */
function forEachHiddenRule(ctx, fn) {
    const { model, analysis } = ctx;
    for (const rule of model.rules) {
        if (!rule.enabled || !analysis.canMatch(rule))
            continue;
        const fate = analysis.fate(rule);
        if (fate.unknown || fate.decides || fate.deciders.size === 0)
            continue;
        const earlier = [...fate.deciders].sort((a, b) => a - b).map((p) => model.rules[p]);
        fn(rule, earlier, { rule: (0,display/* display */.Vy)(rule.name), action: rule.action });
    }
}

;// CONCATENATED MODULE: ./src/checks/exo103-shadowed-rule.ts



/**
 * The first matching rule wins and evaluation stops (§3.2). Microsoft's own example: "Block OWA"
 * followed by "Allow OWA from an IP range" still blocks everyone, because the block decides those
 * connections first; the fix is an exception on the first rule. A rule that can match connections
 * but decides none of them, while an earlier rule with the other action decides some, is shadowed.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules#how-client-access-rules-are-evaluated
 */
/* harmony default export */ const exo103_shadowed_rule = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO103',
    slug: 'shadowed-rule',
    title: 'A rule must not be hidden behind a rule with the opposite action',
    category: 'ordering',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        shadowed: 'Rule "{{rule}}" ({{action}}) never takes effect: every connection it matches is decided first by {{earlier}}; add it as an exception to {{opposite}} instead.'
    },
    run(ctx) {
        forEachHiddenRule(ctx, (rule, earlier, data) => {
            // the exception belongs on every earlier rule that decides these connections the other way
            const opposite = earlier.filter((r) => r.action !== rule.action);
            if (!opposite.length)
                return;
            ctx.report({
                at: rule.rule.pointer + '/Name',
                messageId: 'shadowed',
                data: { ...data, earlier: ruleList(ctx, earlier), opposite: ruleList(ctx, opposite) },
                // the rules the message names (a file of thousands of rules must not relate them all)
                related: named(earlier, opposite).map((r) => ({
                    at: r.rule.pointer + '/Name',
                    message: r.action === rule.action
                        ? 'An earlier rule that decides some of these connections with the same action.'
                        : 'An earlier rule that decides some of these connections with the other action.'
                }))
            });
        });
    }
}));
/** The rules the message names, in evaluation order: the first few of each list. */
function named(earlier, opposite) {
    const shown = new Set([...earlier.slice(0, RULES_NAMED), ...opposite.slice(0, RULES_NAMED)]);
    return earlier.filter((r) => shown.has(r));
}

// EXTERNAL MODULE: ./src/model/constants.ts
var constants = __nccwpck_require__(9756);
;// CONCATENATED MODULE: ./src/checks/exo104-never-matches.ts



/** The first reason, dimension by dimension, why a rule's own conditions and exceptions clash. */
function reasonOf(rule, model, analysis) {
    const target = (0,constants/* protocolsOf */.LE)(model.target);
    const named = rule.protocols ? target.filter((p) => rule.protocols.has(p)) : target;
    if (named.length === 0)
        return 'noTargetProtocol';
    const protocols = named.filter((p) => !rule.exceptProtocols.has(p));
    if (protocols.length === 0)
        return 'protocolsExcepted';
    if (rule.exceptUsers === 'always')
        return 'everyoneExcepted';
    if (rule.users === rule.exceptUsers && rule.users !== undefined)
        return 'usersExcepted';
    if (rule.auth || rule.exceptAuth.size) {
        const open = protocols.some((p) => (0,constants/* authTypesOf */.Th)(p).some((a) => (!rule.auth || rule.auth.has(a)) && !rule.exceptAuth.has(a)) ||
            (!rule.auth && (0,constants/* authTypesOf */.Th)(p).length === 0));
        if (!open) {
            // none of the types it requires can be carried at all, or the ones that can are excepted
            const carried = protocols.some((p) => (0,constants/* authTypesOf */.Th)(p).some((a) => !rule.auth || rule.auth.has(a)));
            return carried ? 'authExcepted' : 'authProtocols';
        }
    }
    const ipOpen = [4, 6].some((f) => analysis.ranges(rule, f).length > 0);
    if (!ipOpen)
        return 'ipExcepted';
    return 'combination';
}
/**
 * A rule whose own conditions and exceptions cannot all hold for any connection does nothing: every
 * protocol it names is excepted, its IP condition lies inside its IP exceptions, its protocols
 * cannot carry the authentication types it requires (§3.5), and the like. It is almost always a
 * condition written as an exception or the reverse.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 */
/* harmony default export */ const exo104_never_matches = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO104',
    slug: 'never-matches',
    title: 'A rule must be able to match some connection',
    category: 'ordering',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        noTargetProtocol: 'Rule "{{rule}}" names no protocol that "{{target}}" has connections for, so it never matches.',
        protocolsExcepted: 'Rule "{{rule}}" excepts every protocol it would match, so it never matches.',
        usersExcepted: 'Rule "{{rule}}" excepts the same username patterns it requires, so it never matches.',
        everyoneExcepted: 'Rule "{{rule}}" excepts every username (a "*" pattern), so it never matches.',
        authExcepted: 'Rule "{{rule}}" excepts every authentication type it would match, so it never matches.',
        authProtocols: 'Rule "{{rule}}" requires authentication types that none of its protocols can be filtered by, so it never matches.',
        ipExcepted: 'Rule "{{rule}}" excepts every address it would match, so it never matches.',
        combination: 'Rule "{{rule}}" cannot match any connection: its conditions and exceptions together leave nothing.'
    },
    run(ctx) {
        const { model, analysis } = ctx;
        for (const rule of model.rules) {
            if (!rule.enabled || analysis.canMatch(rule))
                continue;
            ctx.report({
                at: rule.rule.pointer + '/Name',
                messageId: reasonOf(rule, model, analysis),
                data: { rule: (0,display/* display */.Vy)(rule.name), target: model.target }
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo105-redundant-rule.ts



/**
 * A rule whose connections are all decided first by earlier rules with the same action never takes
 * effect (§3.2): removing it changes nothing today, and it misleads whoever edits the earlier rules
 * later. A rule that decides connections of its own is never redundant, even where the default
 * would allow them anyway (an allow rule placed as a guard is deliberate).
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules#how-client-access-rules-are-evaluated
 */
/* harmony default export */ const exo105_redundant_rule = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO105',
    slug: 'redundant-rule',
    title: 'Every rule should take effect',
    category: 'ordering',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        redundant: 'Rule "{{rule}}" never takes effect: every connection it matches is decided first by {{earlier}} with the same action "{{action}}"; remove it or narrow the earlier rule.'
    },
    run(ctx) {
        forEachHiddenRule(ctx, (rule, earlier, data) => {
            if (earlier.some((r) => r.action !== rule.action))
                return;
            ctx.report({
                at: rule.rule.pointer + '/Name',
                messageId: 'redundant',
                data: { ...data, earlier: ruleList(ctx, earlier) },
                related: earlier.slice(0, RULES_NAMED).map((r) => ({
                    at: r.rule.pointer + '/Name',
                    message: 'An earlier rule that decides some of these connections with the same action.'
                }))
            });
        });
    }
}));

// EXTERNAL MODULE: ./src/model/model.ts
var model_model = __nccwpck_require__(9860);
;// CONCATENATED MODULE: ./src/checks/exo106-ambiguous-order.ts



/** How many rule names the message lists before it says how many more there are. */
const SHOWN_NAMES = 10;
/**
 * A rule created without `-Priority` is appended after the existing rules (its default is the
 * number of rules, §1.4), so where it ends up depends on when it is created, not on where it
 * stands in the file. When only some rules of a file have a priority, the file does not fix the
 * order: the gate assumes the one of CHECKS.md ("Order": the rules with `Priority` ascending, ties
 * in file order, then the rest in file order) and says so, so that a reviewer can check it.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * (the Priority parameter).
 */
/* harmony default export */ const exo106_ambiguous_order = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO106',
    slug: 'ambiguous-order',
    title: 'Set Priority on every client access rule or on none',
    category: 'ordering',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        ambiguousOrder: 'Rule "{{rule}}" has no "Priority" while other rules have one, so the gate assumed the order {{order}} (rules with "Priority" ascending, then the others in file order); set "Priority" on every rule or on none.'
    },
    run(ctx) {
        const rules = ctx.ruleSet.clientAccessRules;
        const without = rules.find((r) => r.priority === undefined);
        if (!without || rules.every((r) => r.priority === undefined))
            return;
        const names = (0,model_model/* evaluationOrder */.tW)(rules).map((r) => `"${(0,display/* display */.Vy)(r.name)}"`);
        const more = names.length - SHOWN_NAMES;
        const order = more > 0 ? `${names.slice(0, SHOWN_NAMES).join(', ')}, … and ${more} more` : names.join(', ');
        ctx.report({
            at: without.pointer + '/Name',
            messageId: 'ambiguousOrder',
            data: { rule: (0,display/* display */.Vy)(without.name), order }
        });
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo107-disabled-rule.ts


/**
 * `Set-ClientAccessRule -Enabled $false` is Microsoft's way to switch a rule off without deleting
 * it; a disabled rule matches nothing (CHECKS.md "Reach"). A change that disables a rule is easy to
 * miss in review, and so is a file that keeps disabled rules that look like they still protect
 * something, so each one is listed as a notice.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/set-clientaccessrule
 * (the Enabled parameter).
 */
/* harmony default export */ const exo107_disabled_rule = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO107',
    slug: 'disabled-rule',
    title: 'Review disabled client access rules',
    category: 'ordering',
    severity: 'notice',
    scope: 'ruleset',
    messages: {
        disabled: 'Rule "{{rule}}" is disabled ("Enabled": false), so it matches no connection and has no effect.'
    },
    run(ctx) {
        for (const rule of ctx.ruleSet.clientAccessRules) {
            if (rule.enabled)
                continue;
            ctx.report({
                at: rule.pointer + '/Enabled',
                messageId: 'disabled',
                data: { rule: (0,display/* display */.Vy)(rule.name) }
            });
        }
    }
}));

// EXTERNAL MODULE: ./src/model/analysis.ts
var model_analysis = __nccwpck_require__(7211);
;// CONCATENATED MODULE: ./src/checks/util/deny.ts

/**
 * The denial of a protocol's connections; undefined when none is denied or when some region of
 * the protocol is unknown to the model (the checks then stay silent).
 */
function denialOf(analysis, protocol) {
    const rules = analysis.model.rules;
    const regions = analysis.regionsOf(protocol);
    if (regions.some((r) => !r.outcome.deciders))
        return undefined;
    const isDeny = (d) => d >= 0 && rules[d].action === 'DenyAccess';
    let first = -1;
    let every = true;
    for (const region of regions) {
        for (const d of region.outcome.deciders) {
            if (isDeny(d))
                first = first < 0 ? d : Math.min(first, d);
            else
                every = false;
        }
    }
    if (first < 0)
        return undefined;
    let pinned = Infinity;
    for (const region of regions) {
        pinned = Math.min(pinned, (0,model_analysis/* minPinned */.hc)(region.outcome, isDeny));
    }
    return { first: rules[first], every, pinned };
}
/**
 * Where too many predicates meet for the regions to be built, the lockout question still has an
 * exact answer: a RemotePowerShell connection is denied with no allow rule before the deny exactly
 * when the first enabled rule that can match RemotePowerShell at all is a DenyAccess rule. Returns
 * that rule, and whether the lockout needs two or more of its predicates at once ("may").
 */
function firstRuleFor(analysis, protocol) {
    const rule = analysis.model.rules.find((r) => analysis.canMatch(r, protocol));
    if (!rule)
        return undefined;
    return { rule, may: model_analysis/* Analysis */.ht.needs(rule).size >= 2 };
}
/** True when some region of the protocol is unknown to the model. */
function unknownFor(analysis, protocol) {
    return analysis.regionsOf(protocol).some((r) => !r.outcome.deciders);
}
/** The first enabled AllowAccess rule before `deny` that can match the protocol (a safeguard). */
function allowBefore(analysis, deny, protocol) {
    return analysis.model.rules.find((r) => r.position < deny.position && r.action === 'AllowAccess' && analysis.canMatch(r, protocol));
}

;// CONCATENATED MODULE: ./src/checks/exo201-missing-safeguard.ts



/**
 * A rule that blocks remote PowerShell removes the only way to fix the rules; in Exchange Online
 * the way back is a call to Microsoft support (§3.3). Microsoft's advice is a rule "Always Allow
 * Remote PowerShell" with `-AnyOfProtocols RemotePowerShell` at the highest priority. A safeguard
 * that is disabled, missing or placed after the deny rule does not count.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules#client-access-rules-and-remote-powershell
 */
/* harmony default export */ const exo201_missing_safeguard = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO201',
    slug: 'missing-safeguard',
    title: 'Keep remote PowerShell open before any rule that denies it',
    category: 'safeguards',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        missing: 'Rule "{{rule}}" denies RemotePowerShell connections and no earlier AllowAccess rule can match RemotePowerShell, so admins lose the only way to repair the rules; add an AllowAccess rule with "AnyOfProtocols": ["RemotePowerShell"] at the highest priority.',
        missingMay: 'Rule "{{rule}}" may deny RemotePowerShell connections (those of users who meet all its username and recipient-filter conditions and exceptions at once, if any do) and no earlier AllowAccess rule can match RemotePowerShell; add an AllowAccess rule with "AnyOfProtocols": ["RemotePowerShell"] at the highest priority.'
    },
    run(ctx) {
        const { analysis } = ctx;
        const report = (d, may) => ctx.report({
            at: d.rule.pointer + '/Name',
            messageId: may ? 'missingMay' : 'missing',
            severity: may ? 'warning' : 'error',
            data: { rule: (0,display/* display */.Vy)(d.name) }
        });
        if (unknownFor(analysis, 'RemotePowerShell')) {
            const first = firstRuleFor(analysis, 'RemotePowerShell');
            if (first?.rule.action === 'DenyAccess')
                report(first.rule, first.may);
            return;
        }
        const denial = denialOf(analysis, 'RemotePowerShell');
        if (!denial)
            return;
        const d = denial.first;
        const guarded = allowBefore(analysis, d, 'RemotePowerShell');
        if (guarded)
            return;
        // "may" (CHECKS.md): every denied connection needs two different predicates at once, whichever rule denies it
        report(d, denial.pinned >= 2);
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo202-partial-safeguard.ts




/** How many entries of one list a message quotes before it says "and N more". */
const SHOWN = 5;
const quoted = (list) => {
    const shown = list.slice(0, SHOWN).map((v) => `"${(0,display/* display */.Vy)(v)}"`);
    const rest = list.length - shown.length;
    return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
};
/**
 * What a safeguard is limited to, quoting its entries as the file writes them, e.g.
 * `addresses "203.0.113.0/24" and usernames not matching "*admin*"`.
 */
function limitsOf(rule) {
    const r = rule.rule;
    const parts = [];
    if (r.anyOfClientIPAddressesOrRanges)
        parts.push(`addresses ${quoted(r.anyOfClientIPAddressesOrRanges)}`);
    if (r.usernameMatchesAnyOfPatterns)
        parts.push(`usernames matching ${quoted(r.usernameMatchesAnyOfPatterns)}`);
    if (r.userRecipientFilter !== undefined)
        parts.push(`users matching the filter ${quoted([r.userRecipientFilter])}`);
    // BasicAuthentication and NonBasicAuthentication together cover every RemotePowerShell connection
    const rps = (0,constants/* authTypesOf */.Th)('RemotePowerShell');
    if (r.anyOfAuthenticationTypes && !rps.every((a) => rule.auth?.has(a)))
        parts.push(`authentication types ${quoted(r.anyOfAuthenticationTypes)}`);
    if (rule.scope === 'Users')
        parts.push('end-user connections ("Scope": "Users")');
    if (r.exceptAnyOfClientIPAddressesOrRanges)
        parts.push(`addresses other than ${quoted(r.exceptAnyOfClientIPAddressesOrRanges)}`);
    if (r.exceptUsernameMatchesAnyOfPatterns)
        parts.push(`usernames not matching ${quoted(r.exceptUsernameMatchesAnyOfPatterns)}`);
    if (r.exceptAnyOfAuthenticationTypes)
        parts.push(`authentication types other than ${quoted(r.exceptAnyOfAuthenticationTypes)}`);
    return parts.join(' and ');
}
/**
 * A RemotePowerShell allow rule limited to some addresses, users, authentication types or scope
 * keeps only those admins in: every other RemotePowerShell connection still reaches the deny rule
 * (§3.2, §3.3). A safeguard limited to BasicAuthentication and NonBasicAuthentication covers every
 * RemotePowerShell connection (§3.5), so it is not partial.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules#client-access-rules-and-remote-powershell
 */
/* harmony default export */ const exo202_partial_safeguard = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO202',
    slug: 'partial-safeguard',
    title: 'The remote PowerShell safeguard should cover every connection',
    category: 'safeguards',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        partial: 'The safeguard "{{rule}}" allows RemotePowerShell only for {{limits}}, so other RemotePowerShell connections reach "{{deny}}" (line {{line}}) and are denied.',
        partialMay: 'The safeguard "{{rule}}" allows RemotePowerShell only for {{limits}}, so other RemotePowerShell connections may reach "{{deny}}" (line {{line}}) and be denied.'
    },
    run(ctx) {
        const { analysis } = ctx;
        const denial = denialOf(analysis, 'RemotePowerShell');
        if (!denial)
            return;
        const d = denial.first;
        const guard = allowBefore(analysis, d, 'RemotePowerShell');
        if (!guard)
            return;
        // "may" (CHECKS.md): every denied connection needs two different predicates at once, whichever rule denies it
        const may = denial.pinned >= 2;
        ctx.report({
            at: guard.rule.pointer + '/Name',
            messageId: may ? 'partialMay' : 'partial',
            severity: may ? 'notice' : 'warning',
            data: {
                rule: (0,display/* display */.Vy)(guard.name),
                limits: limitsOf(guard) || 'some connections',
                deny: (0,display/* display */.Vy)(d.name),
                line: ctx.line(d.rule.pointer + '/Name')
            }
        });
    }
}));

// EXTERNAL MODULE: ./src/engine/suggest.ts
var suggest = __nccwpck_require__(3708);
// EXTERNAL MODULE: ./src/model/opath.ts
var opath = __nccwpck_require__(39);
;// CONCATENATED MODULE: ./src/checks/util/filters.ts

/** Calls `fn` for every rule's `UserRecipientFilter` with its pointer and parse result. */
function forEachFilter(ctx, fn) {
    for (const rule of ctx.ruleSet.clientAccessRules) {
        if (rule.userRecipientFilter === undefined)
            continue;
        fn((0,opath/* parseFilter */.a)(rule.userRecipientFilter, ctx.limits.maxDepth), `${rule.pointer}/UserRecipientFilter`, rule);
    }
}

;// CONCATENATED MODULE: ./src/checks/exo301-filter-property.ts





/**
 * `UserRecipientFilter` in a client access rule supports only 23 recipient properties, not the full
 * list of OPATH filterable properties: City, Company, CountryOrRegion, CustomAttribute1 to 15,
 * Department, Office, PostalCode, StateOrProvince and StreetAddress.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule#-userrecipientfilter
 */
/* harmony default export */ const exo301_filter_property = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO301',
    slug: 'filter-property',
    title: 'Filter only on the properties client access rules support',
    category: 'values',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        unsupported: 'Client access rules cannot filter on "{{property}}"; they support City, Company, CountryOrRegion, CustomAttribute1 to CustomAttribute15, Department, Office, PostalCode, StateOrProvince and StreetAddress.',
        suggestion: 'Client access rules cannot filter on "{{property}}"; the supported property closest to it is "{{suggestion}}".'
    },
    run(ctx) {
        forEachFilter(ctx, (parsed, at) => {
            if (!parsed.ok)
                return;
            for (const c of parsed.comparisons) {
                if (c.canonical)
                    continue;
                const suggestion = (0,suggest/* suggest */.Z)(c.property, constants/* FILTER_PROPERTIES */.t2);
                ctx.report({
                    at,
                    inString: c.propertySpan,
                    messageId: suggestion ? 'suggestion' : 'unsupported',
                    data: suggestion
                        ? { property: (0,display/* display */.Vy)(c.property), suggestion }
                        : { property: (0,display/* display */.Vy)(c.property) }
                });
            }
        });
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo302-filter-syntax.ts



/**
 * Exchange parses `UserRecipientFilter` as OPATH when the rule is created and rejects a filter that
 * does not parse: `Property -operator 'Value'`, joined with `-and`/`-or`, negated with `-not`,
 * grouped with parentheses; text in quotes (a doubled quote is a literal quote), `$null`, `$true`
 * and `$false` unquoted. The finding points at the column inside the string where parsing failed.
 * Source: https://learn.microsoft.com/powershell/exchange/recipient-filters#additional-opath-syntax-information
 */
/* harmony default export */ const exo302_filter_syntax = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO302',
    slug: 'filter-syntax',
    title: 'Write UserRecipientFilter as valid OPATH',
    category: 'values',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        empty: 'The filter is empty; write a condition such as "Department -eq \'IT\'" or remove "UserRecipientFilter".',
        unterminated: 'The quote "{{quote}}" here is never closed; a quoted value needs a matching quote on each side.',
        unclosedParen: 'The filter opens a parenthesis "(" here that is never closed.',
        unexpectedParen: 'The filter closes a parenthesis ")" here that was never opened.',
        expectedProperty: 'The filter expects a property name such as "Department" but finds {{found}}.',
        expectedComparison: 'The filter expects a comparison operator ("-eq", "-ne", "-like", "-notlike", "-lt" or "-gt") after the property but finds {{found}}.',
        expectedLogical: 'The filter expects "-and", "-or" or the end but finds {{found}}.',
        unknownOperator: 'The filter uses the operator "{{operator}}", which OPATH does not have here; use "-eq", "-ne", "-like", "-notlike", "-lt", "-gt", "-and", "-or" or "-not".',
        expectedValue: 'The operator "{{operator}}" has no value after it.',
        dangling: 'The operator "{{operator}}" is missing a condition on one side.',
        variable: 'The filter uses the variable "{{variable}}"; only "$null", "$true" and "$false" can appear in a rule filter.',
        unexpected: 'The filter has the character "{{text}}" where OPATH does not allow it.',
        braces: 'The filter has an unmatched brace "{{brace}}"; the braces form wraps the whole filter.',
        tooDeep: 'The filter nests parentheses or "-not" deeper than {{max}} levels, the cap set by "maxDepth".'
    },
    run(ctx) {
        forEachFilter(ctx, (parsed, at) => {
            if (parsed.ok)
                return;
            const data = {};
            for (const [k, v] of Object.entries(parsed.data)) {
                data[k] = typeof v === 'string' && k !== 'found' ? (0,display/* display */.Vy)(v) : v;
            }
            if (typeof data.found === 'string')
                data.found = (0,display/* display */.Vy)(data.found);
            ctx.report({ at, inString: parsed.span, messageId: parsed.messageId, data });
        });
    }
}));

;// CONCATENATED MODULE: ./src/model/countries.ts
/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249), the values `CountryOrRegion` holds.
 * Source: https://www.iso.org/iso-3166-country-codes.html (Online Browsing Platform, "Officially
 * assigned" codes).
 */
const ISO_3166_ALPHA2 = new Set(('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
    'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
    'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
    'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
    'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
    'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW').split(' '));

;// CONCATENATED MODULE: ./src/checks/exo303-filter-value.ts




/** The value of a comparison as text, or undefined for `$null`. */
function exo303_filter_value_valueOf(c) {
    const v = c.value;
    if (v.kind === 'string' || v.kind === 'bare')
        return v.text;
    if (v.kind === 'true')
        return '$true';
    if (v.kind === 'false')
        return '$false';
    return undefined;
}
/**
 * Values Exchange accepts but that do not do what they say (§2.2): `-like` needs a `*` (the client
 * access rule docs say so), `-eq` compares `*` literally, Exchange Online supports only suffix
 * wildcards, `CountryOrRegion` holds ISO 3166-1 two-letter codes (the cmdlet page was corrected
 * in 2022 after customers used country names), `-lt`/`-gt` compare text in sort order, and quotes
 * or dashes pasted from a word processor are easy to miss.
 * Sources: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 * and https://learn.microsoft.com/powershell/exchange/recipient-filters#additional-opath-syntax-information
 */
/* harmony default export */ const exo303_filter_value = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO303',
    slug: 'filter-value',
    title: 'Compare filter properties with values that can match',
    category: 'values',
    severity: 'error',
    severities: ['error', 'warning'],
    scope: 'ruleset',
    messages: {
        likeNoWildcard: '"{{operator}}" needs a "*" in its value, but "{{value}}" has none; add one or use "{{exact}}".',
        countryFormat: 'CountryOrRegion holds a two-letter ISO 3166-1 code such as "US", so compare it with a code, not with "{{value}}".',
        countryUnknown: '"{{value}}" is not an assigned ISO 3166-1 alpha-2 code, so no user has it as CountryOrRegion.',
        eqWildcard: '"{{operator}}" compares "{{value}}" literally, "*" included; use "{{wildcard}}" for a wildcard match.',
        innerWildcard: 'Exchange Online supports "*" only at the end of a "{{operator}}" value, but "{{value}}" has one elsewhere.',
        ordering: '"{{operator}}" compares text in sort order, which is rarely what a rule means; use "-eq" or "-like".',
        typographicQuote: 'The value "{{value}}" uses typographic quotes; write "{{ascii}}" with straight quotes.',
        typographicDash: 'The operator "{{operator}}" starts with a typographic dash; write "{{ascii}}".',
        typographicSpace: 'The filter has a {{space}} where a plain space belongs; PowerShell reads it as one, but it is easy to miss, so write a plain space.'
    },
    run(ctx) {
        const online = ctx.ruleSet.target === 'ExchangeOnline';
        forEachFilter(ctx, (parsed, at, rule) => {
            if (!parsed.ok)
                return;
            const text = rule.userRecipientFilter;
            const raw = (s) => (0,display/* display */.Vy)(text.slice(s.start, s.end));
            const report = (span, messageId, severity, data) => ctx.report({ at, inString: span, messageId, severity, data });
            for (const c of parsed.comparisons) {
                const value = exo303_filter_value_valueOf(c);
                const operator = raw(c.opSpan);
                const shown = value === undefined ? '' : (0,display/* display */.Vy)(value);
                if (c.opTypographic) {
                    report(c.opSpan, 'typographicDash', 'warning', { operator, ascii: `-${c.op}` });
                }
                if (c.value.kind === 'string' && c.value.typographic) {
                    report(c.valueSpan, 'typographicQuote', 'warning', {
                        value: raw(c.valueSpan),
                        // a quote mark inside the value, straight or typographic, becomes a doubled straight quote
                        ascii: (0,display/* display */.Vy)(`'${c.value.text.replace(/['\u2018\u2019\u201a\u201b]/g, "''")}'`)
                    });
                }
                if (value === undefined)
                    continue;
                const like = c.op === 'like' || c.op === 'notlike';
                if (c.canonical === 'CountryOrRegion' && value !== '') {
                    if (!/^[A-Za-z]{2}$/.test(value)) {
                        report(c.valueSpan, 'countryFormat', 'error', { value: shown });
                        continue;
                    }
                    if (!ISO_3166_ALPHA2.has(value.toUpperCase())) {
                        report(c.valueSpan, 'countryUnknown', 'warning', { value: shown });
                    }
                }
                if (like && !value.includes('*')) {
                    report(c.valueSpan, 'likeNoWildcard', 'error', {
                        operator,
                        value: shown,
                        exact: c.op === 'like' ? '-eq' : '-ne'
                    });
                }
                else if (like && online && value.replace(/\*+$/, '').includes('*')) {
                    report(c.valueSpan, 'innerWildcard', 'warning', { operator, value: shown });
                }
                if ((c.op === 'eq' || c.op === 'ne') && value.includes('*')) {
                    report(c.valueSpan, 'eqWildcard', 'warning', {
                        operator,
                        value: shown,
                        wildcard: c.op === 'eq' ? '-like' : '-notlike'
                    });
                }
                if (c.op === 'lt' || c.op === 'gt')
                    report(c.opSpan, 'ordering', 'warning', { operator });
            }
            for (const span of parsed.typographicSpaces) {
                const code = text.charCodeAt(span.start).toString(16).toUpperCase().padStart(4, '0');
                report(span, 'typographicSpace', 'warning', {
                    space: code === '00A0' ? 'no-break space (\\u00A0)' : `Unicode space (\\u${code})`
                });
            }
            for (const span of parsed.typographicDashes) {
                const operator = raw(span);
                report(span, 'typographicDash', 'warning', {
                    operator,
                    ascii: '-' + text.slice(span.start + 1, span.end).toLowerCase()
                });
            }
        });
    }
}));

// EXTERNAL MODULE: ./src/model/ip.ts
var ip = __nccwpck_require__(7240);
;// CONCATENATED MODULE: ./src/checks/util/lists.ts
/** The IP lists of a client access rule: the key and the entries. */
const IP_LISTS = [
    ['AnyOfClientIPAddressesOrRanges', 'anyOfClientIPAddressesOrRanges'],
    ['ExceptAnyOfClientIPAddressesOrRanges', 'exceptAnyOfClientIPAddressesOrRanges']
];
/** Calls `fn` for every entry of the rule's IP lists with its pointer. */
function forEachIpEntry(rule, fn) {
    for (const [key, field] of IP_LISTS) {
        rule[field]?.forEach((entry, i) => fn(entry, `${rule.pointer}/${key}/${i}`, key, i));
    }
}

;// CONCATENATED MODULE: ./src/checks/exo304-invalid-ip.ts




/**
 * `AnyOfClientIPAddressesOrRanges` and its exception take a single IPv4 or IPv6 address, a CIDR
 * block or a `start-end` range. Exchange rejects anything else when the rule is created, so the
 * gate rejects it first, entry by entry; it also refuses forms that parsers read differently
 * (leading zeros read as octal, zone IDs, IPv4-mapped IPv6 blocks).
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule#-anyofclientipaddressesorranges
 */
/* harmony default export */ const exo304_invalid_ip = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO304',
    slug: 'invalid-ip',
    title: 'Write each IP entry as an address, a CIDR block or a range',
    category: 'values',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        space: 'IP entry "{{entry}}" contains a space; write one address, CIDR block or range per entry, without spaces.',
        zone: 'IP entry "{{entry}}" has a zone ID ("%…"); Exchange takes addresses without one.',
        leadingZero: 'IP entry "{{entry}}" has an IPv4 octet with a leading zero, which some parsers read as octal; write the octet without it.',
        prefixLeadingZero: 'IP entry "{{entry}}" has a prefix length with a leading zero; write it without the zero.',
        prefix: 'IP entry "{{entry}}" has the prefix length "{{prefix}}", but this address takes 0 to {{max}}.',
        address: 'IP entry "{{entry}}" is not an IPv4 or IPv6 address, a CIDR block or a start-end range.',
        reversed: 'IP range "{{entry}}" starts after it ends; write the lower address first.',
        mixedFamily: 'IP range "{{entry}}" mixes IPv4 and IPv6; a range stays within one family.',
        mappedCidr: 'IP entry "{{entry}}" is an IPv4-mapped IPv6 address in CIDR form, which parsers read differently; write the IPv4 block instead.'
    },
    run(ctx) {
        for (const rule of ctx.ruleSet.clientAccessRules) {
            forEachIpEntry(rule, (entry, at) => {
                const parsed = (0,ip/* parseIpEntry */.PS)(entry);
                if (parsed.ok)
                    return;
                const data = {};
                for (const [k, v] of Object.entries(parsed.data)) {
                    data[k] = typeof v === 'string' ? (0,display/* display */.Vy)(v) : v;
                }
                ctx.report({ at, messageId: parsed.reason, data });
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo305-ip-host-bits.ts




/**
 * A CIDR block with host bits set (`192.168.3.1/24`) means its network (`192.168.3.0/24`).
 * Microsoft's own examples write blocks this way and the service accepts them, so this is only a
 * note, with the normalised block, in case a single address was meant.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule#-anyofclientipaddressesorranges
 */
/* harmony default export */ const exo305_ip_host_bits = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO305',
    slug: 'ip-host-bits',
    title: 'Write CIDR blocks by their network address',
    category: 'values',
    severity: 'notice',
    scope: 'ruleset',
    messages: {
        hostBits: 'CIDR block "{{entry}}" has host bits set; it means "{{normalised}}", and writing that avoids doubt.'
    },
    run(ctx) {
        for (const rule of ctx.ruleSet.clientAccessRules) {
            forEachIpEntry(rule, (entry, at) => {
                const parsed = (0,ip/* parseIpEntry */.PS)(entry);
                if (!parsed.ok || !parsed.normalised)
                    return;
                ctx.report({
                    at,
                    messageId: 'hostBits',
                    data: { entry: (0,display/* display */.Vy)(entry), normalised: parsed.normalised }
                });
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo306-ip-never-seen.ts




/** Ranges Exchange Online never sees as a client address, with their RFC names. */
const NON_PUBLIC = [
    { family: 4, lo: 0x0a000000n, hi: 0x0affffffn, range: '10.0.0.0/8', kind: 'private' },
    { family: 4, lo: 0xac100000n, hi: 0xac1fffffn, range: '172.16.0.0/12', kind: 'private' },
    { family: 4, lo: 0xc0a80000n, hi: 0xc0a8ffffn, range: '192.168.0.0/16', kind: 'private' },
    { family: 4, lo: 0x7f000000n, hi: 0x7fffffffn, range: '127.0.0.0/8', kind: 'loopback' },
    { family: 4, lo: 0xa9fe0000n, hi: 0xa9feffffn, range: '169.254.0.0/16', kind: 'link-local' },
    {
        family: 6,
        lo: 0xfcn << 120n,
        hi: (0xfen << 120n) - 1n,
        range: 'fc00::/7',
        kind: 'unique-local'
    },
    {
        family: 6,
        lo: 0xfe8n << 116n,
        hi: (0xfecn << 116n) - 1n,
        range: 'fe80::/10',
        kind: 'link-local'
    },
    { family: 6, lo: 1n, hi: 1n, range: '::1', kind: 'loopback' }
];
/**
 * Exchange Online sees the public address a connection comes from, never an address of the
 * customer's own network, so an entry inside a private, loopback, link-local or unique-local range
 * never matches there (the procedures page recommends the organisation's public egress ranges).
 * An entry covering a whole address family is no condition at all for that family, on any target.
 * Sources: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 * and RFC 1918, RFC 4193, RFC 4291.
 */
/* harmony default export */ const exo306_ip_never_seen = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO306',
    slug: 'ip-never-seen',
    title: 'Use addresses the service can see',
    category: 'values',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        nonPublic: 'IP entry "{{entry}}" lies in the {{kind}} range "{{range}}"; Exchange Online only sees public client addresses, so it never matches.',
        everything: 'IP entry "{{entry}}" covers every IPv{{family}} address, so it does not narrow anything for IPv{{family}} connections.'
    },
    run(ctx) {
        const online = ctx.ruleSet.target === 'ExchangeOnline';
        for (const rule of ctx.ruleSet.clientAccessRules) {
            forEachIpEntry(rule, (entry, at) => {
                const parsed = (0,ip/* parseIpEntry */.PS)(entry);
                if (!parsed.ok)
                    return;
                if (parsed.lo === 0n && parsed.hi === ip/* MAX_ADDRESS */.wm[parsed.family]) {
                    ctx.report({
                        at,
                        messageId: 'everything',
                        data: { entry: (0,display/* display */.Vy)(entry), family: parsed.family }
                    });
                    return;
                }
                const range = online ? NON_PUBLIC.find((r) => (0,ip/* within */.ux)(parsed, r)) : undefined;
                if (range) {
                    ctx.report({
                        at,
                        messageId: 'nonPublic',
                        data: { entry: (0,display/* display */.Vy)(entry), kind: range.kind, range: range.range }
                    });
                }
            });
        }
    }
}));

// EXTERNAL MODULE: ./src/model/wildcard.ts
var wildcard = __nccwpck_require__(2307);
;// CONCATENATED MODULE: ./src/checks/exo307-username-pattern.ts



/** The two pattern lists of a client access rule, with their keys. */
const LISTS = [
    ['usernameMatchesAnyOfPatterns', 'UsernameMatchesAnyOfPatterns'],
    ['exceptUsernameMatchesAnyOfPatterns', 'ExceptUsernameMatchesAnyOfPatterns']
];
/** A pattern whose wildcards are all at its end, after some other text (`jeff*`, `a\b**`). */
const TRAILING_ONLY = /^[^*]+\*+$/;
/**
 * `UsernameMatchesAnyOfPatterns` takes account names of the form `domain\user` with `*` as its only
 * wildcard. Microsoft documents `*jeff*` as valid and `jeff*` as invalid, and says username
 * patterns do not work together with the `UniversalOutlook` protocol; a pattern without a domain
 * and without a leading `*` matches no account name, and `*` alone matches every user. Patterns
 * with very many wildcards are refused so that matching them stays cheap.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * (parameter UsernameMatchesAnyOfPatterns).
 */
/* harmony default export */ const exo307_username_pattern = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO307',
    slug: 'username-pattern',
    title: 'Write username patterns Exchange can match',
    category: 'values',
    severity: 'error',
    severities: ['error', 'warning'],
    scope: 'ruleset',
    messages: {
        tooManyWildcards: 'The username pattern "{{pattern}}" has {{count}} "*" wildcards, more than the cap of {{max}}.',
        universalOutlook: 'The username pattern "{{pattern}}" does not work in a rule whose protocols include "UniversalOutlook" (line {{line}}); move the pattern to a rule without it.',
        trailingOnly: 'The username pattern "{{pattern}}" has wildcards only at its end, which Exchange documents as invalid; write "{{suggestion}}".',
        everyone: 'The username pattern "{{pattern}}" matches every user; drop the condition or name the users.',
        noDomain: 'The username pattern "{{pattern}}" has no "domain\\" part and no leading "*", but Exchange matches it against whole "domain\\user" account names; write "<domain>\\{{pattern}}" or "*{{pattern}}".'
    },
    run(ctx) {
        const max = ctx.limits.maxWildcards;
        for (const rule of ctx.ruleSet.clientAccessRules) {
            const outlook = rule.anyOfProtocols?.indexOf('UniversalOutlook') ?? -1;
            for (const [field, key] of LISTS) {
                rule[field]?.forEach((pattern, i) => {
                    const at = `${rule.pointer}/${key}/${i}`;
                    const shown = (0,display/* display */.Vy)(pattern);
                    const count = (0,wildcard/* wildcardCount */.o2)(pattern);
                    if (count > max) {
                        ctx.report({
                            at,
                            messageId: 'tooManyWildcards',
                            severity: 'error',
                            data: { pattern: shown, count, max }
                        });
                    }
                    else if (outlook >= 0) {
                        ctx.report({
                            at,
                            messageId: 'universalOutlook',
                            severity: 'error',
                            data: { pattern: shown, line: ctx.line(`${rule.pointer}/AnyOfProtocols/${outlook}`) }
                        });
                    }
                    else if (TRAILING_ONLY.test(pattern)) {
                        ctx.report({
                            at,
                            messageId: 'trailingOnly',
                            severity: 'error',
                            data: { pattern: shown, suggestion: (0,display/* display */.Vy)(`*${pattern.replace(/\*+$/, '')}*`) }
                        });
                    }
                    else if ((0,wildcard/* matchesEveryone */.Tu)(pattern)) {
                        ctx.report({ at, messageId: 'everyone', severity: 'warning', data: { pattern: shown } });
                    }
                    else if (!pattern.includes('\\') && !pattern.startsWith('*')) {
                        ctx.report({ at, messageId: 'noDomain', severity: 'warning', data: { pattern: shown } });
                    }
                });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo308-auth-protocol-mismatch.ts



/** The two authentication-type lists of a client access rule, with their keys. */
const exo308_auth_protocol_mismatch_LISTS = [
    ['anyOfAuthenticationTypes', 'AnyOfAuthenticationTypes'],
    ['exceptAnyOfAuthenticationTypes', 'ExceptAnyOfAuthenticationTypes']
];
/** What a protocol accepts, as the end of a message: its auth types, or none at all. */
function supportedText(protocol) {
    const types = (0,constants/* authTypesOf */.Th)(protocol);
    if (types.length === 0)
        return 'it takes no authentication-type filter';
    return 'it supports only ' + types.map((t) => `"${t}"`).join(' and ');
}
/**
 * Exchange filters on authentication types only for some protocols, and only when the rule names
 * its protocols: a rule with an authentication type and no `AnyOfProtocols`, with an
 * authentication type one of its protocols does not support, or with
 * `ExceptAnyOfAuthenticationTypes` but no `AnyOfAuthenticationTypes` is rejected with "Chosen
 * authentication type and protocol combination is invalid".
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 * (authentication types and protocols table).
 */
/* harmony default export */ const exo308_auth_protocol_mismatch = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO308',
    slug: 'auth-protocol-mismatch',
    title: 'Use authentication types only with protocols that support them',
    category: 'values',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        noProtocols: 'The rule has "{{key}}" but no "AnyOfProtocols"; Exchange rejects authentication types without a protocol condition.',
        exceptWithoutAnyOf: 'The rule has "ExceptAnyOfAuthenticationTypes" but no "AnyOfAuthenticationTypes"; Exchange rejects an authentication-type exception without the condition.',
        unsupported: 'The authentication type "{{authType}}" is not supported by the protocol "{{protocol}}" (line {{line}}); {{supported}}.'
    },
    run(ctx) {
        const server = ctx.ruleSet.target === 'ExchangeServer';
        for (const rule of ctx.ruleSet.clientAccessRules) {
            if (!rule.anyOfProtocols) {
                for (const [field, key] of exo308_auth_protocol_mismatch_LISTS) {
                    if (rule[field] === undefined)
                        continue;
                    ctx.report({
                        at: `${rule.pointer}/${key}`,
                        target: 'key',
                        messageId: 'noProtocols',
                        data: { key }
                    });
                }
                continue;
            }
            if (rule.exceptAnyOfAuthenticationTypes && !rule.anyOfAuthenticationTypes) {
                ctx.report({
                    at: `${rule.pointer}/ExceptAnyOfAuthenticationTypes`,
                    target: 'key',
                    messageId: 'exceptWithoutAnyOf'
                });
            }
            // On Exchange Server, EXO310 reports protocols and auth types the target does not have.
            const protocols = rule.anyOfProtocols
                .map((protocol, index) => ({ protocol, index }))
                .filter(({ protocol }) => !server || constants/* SERVER_PROTOCOLS */.ai.includes(protocol));
            for (const [field, key] of exo308_auth_protocol_mismatch_LISTS) {
                rule[field]?.forEach((authType, i) => {
                    if (server && !constants/* SERVER_AUTH_TYPES */.pB.includes(authType))
                        return;
                    const first = protocols.find(({ protocol }) => !(0,constants/* authTypesOf */.Th)(protocol).includes(authType));
                    if (!first)
                        return;
                    ctx.report({
                        at: `${rule.pointer}/${key}/${i}`,
                        messageId: 'unsupported',
                        data: {
                            authType: (0,display/* display */.Vy)(authType),
                            protocol: (0,display/* display */.Vy)(first.protocol),
                            line: ctx.line(`${rule.pointer}/AnyOfProtocols/${first.index}`),
                            supported: supportedText(first.protocol)
                        }
                    });
                });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo309-universal-outlook.ts


/**
 * `UniversalOutlook` (the Windows Mail and Calendar apps) is a valid protocol value of the cmdlets,
 * but Microsoft removed it from the conceptual page after a support case said it cannot be blocked,
 * and a later Microsoft change says client access rules can block Windows Mail with it.
 * `Test-ClientAccessRule -Protocol` does not take it, and `UsernameMatchesAnyOfPatterns` does not
 * work with it, so a rule naming it cannot be tested and may not do what it says (§9.6).
 * On an ExchangeServer target EXO310 reports it instead: Exchange Server has no such protocol.
 * Sources: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * and https://learn.microsoft.com/powershell/module/exchangepowershell/test-clientaccessrule
 */
/* harmony default export */ const exo309_universal_outlook = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO309',
    slug: 'universal-outlook',
    title: 'Do not rely on rules for the UniversalOutlook protocol',
    category: 'values',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        universalOutlook: 'Rule "{{rule}}" names "UniversalOutlook" in "{{list}}": Microsoft\'s documents disagree on whether client access rules can block it, Test-ClientAccessRule does not accept it, and username patterns do not work with it.'
    },
    run(ctx) {
        if (ctx.ruleSet.target === 'ExchangeServer')
            return;
        for (const rule of ctx.ruleSet.clientAccessRules) {
            const lists = [
                ['AnyOfProtocols', rule.anyOfProtocols],
                ['ExceptAnyOfProtocols', rule.exceptAnyOfProtocols]
            ];
            for (const [list, protocols] of lists) {
                protocols?.forEach((protocol, i) => {
                    if (protocol !== 'UniversalOutlook')
                        return;
                    ctx.report({
                        at: `${rule.pointer}/${list}/${i}`,
                        messageId: 'universalOutlook',
                        data: { rule: (0,display/* display */.Vy)(rule.name), list }
                    });
                });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo310-target-unsupported.ts



/**
 * In Exchange Server 2019 and Subscription Edition, client access rules govern only the Exchange
 * admin center and remote PowerShell, and take only the authentication types Microsoft lists for
 * those two (EAC: AdfsAuthentication, BasicAuthentication; remote PowerShell: BasicAuthentication,
 * NonBasicAuthentication). Any other protocol or authentication type is an Exchange Online value
 * that the server does not support (§3.7). EXO308 leaves these entries to this check.
 * Source: https://learn.microsoft.com/exchange/clients/client-access-rules/client-access-rules
 * ("Client Access Rules in Exchange 2019").
 */
/* harmony default export */ const exo310_target_unsupported = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO310',
    slug: 'target-unsupported',
    title: 'Use only what Exchange Server supports on an ExchangeServer target',
    category: 'values',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        protocol: 'Rule "{{rule}}" names the protocol "{{value}}", which client access rules in Exchange Server do not support; they govern only "ExchangeAdminCenter" and "RemotePowerShell".',
        authType: 'Rule "{{rule}}" names the authentication type "{{value}}", which client access rules in Exchange Server do not support; they take only "AdfsAuthentication" and "BasicAuthentication" (ExchangeAdminCenter) and "BasicAuthentication" and "NonBasicAuthentication" (RemotePowerShell).'
    },
    run(ctx) {
        if (ctx.ruleSet.target !== 'ExchangeServer')
            return;
        for (const rule of ctx.ruleSet.clientAccessRules) {
            const name = (0,display/* display */.Vy)(rule.name);
            const protocols = [
                ['AnyOfProtocols', rule.anyOfProtocols],
                ['ExceptAnyOfProtocols', rule.exceptAnyOfProtocols]
            ];
            for (const [list, values] of protocols) {
                values?.forEach((value, i) => {
                    if (constants/* SERVER_PROTOCOLS */.ai.includes(value))
                        return;
                    ctx.report({
                        at: `${rule.pointer}/${list}/${i}`,
                        messageId: 'protocol',
                        data: { rule: name, value }
                    });
                });
            }
            const authTypes = [
                ['AnyOfAuthenticationTypes', rule.anyOfAuthenticationTypes],
                ['ExceptAnyOfAuthenticationTypes', rule.exceptAnyOfAuthenticationTypes]
            ];
            for (const [list, values] of authTypes) {
                values?.forEach((value, i) => {
                    if (constants/* SERVER_AUTH_TYPES */.pB.includes(value))
                        return;
                    ctx.report({
                        at: `${rule.pointer}/${list}/${i}`,
                        messageId: 'authType',
                        data: { rule: name, value }
                    });
                });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo311-duplicate-value.ts




/** Lists whose values repeat exactly (enumerations) or case-insensitively (patterns). */
const VALUE_LISTS = [
    ['AnyOfProtocols', 'anyOfProtocols', false],
    ['ExceptAnyOfProtocols', 'exceptAnyOfProtocols', false],
    ['AnyOfAuthenticationTypes', 'anyOfAuthenticationTypes', false],
    ['ExceptAnyOfAuthenticationTypes', 'exceptAnyOfAuthenticationTypes', false],
    ['UsernameMatchesAnyOfPatterns', 'usernameMatchesAnyOfPatterns', true],
    ['ExceptUsernameMatchesAnyOfPatterns', 'exceptUsernameMatchesAnyOfPatterns', true]
];
/**
 * Values inside one condition are ORed (§3.2), so a repeated value, or an IP entry inside another
 * entry of the same list, adds nothing; usually it is a copy-paste slip hiding the value that was
 * meant. Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 */
/* harmony default export */ const exo311_duplicate_value = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO311',
    slug: 'duplicate-value',
    title: 'List each value once',
    category: 'values',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        repeated: '"{{value}}" is already listed in "{{list}}" at line {{line}}.',
        inside: 'IP entry "{{entry}}" lies inside "{{other}}" (line {{line}}) of the same list, so it adds nothing.',
        contains: 'IP entry "{{entry}}" contains "{{other}}" (line {{line}}) of the same list, so that entry adds nothing.',
        sameRange: 'IP entry "{{entry}}" covers the same addresses ({{range}}) as "{{other}}" at line {{line}}.'
    },
    run(ctx) {
        for (const rule of ctx.ruleSet.clientAccessRules) {
            for (const [key, field, fold] of VALUE_LISTS) {
                const list = rule[field];
                if (!list)
                    continue;
                const seen = new Map();
                list.forEach((value, i) => {
                    const k = fold ? value.toLowerCase() : value;
                    const first = seen.get(k);
                    if (first === undefined) {
                        seen.set(k, i);
                        return;
                    }
                    ctx.report({
                        at: `${rule.pointer}/${key}/${i}`,
                        messageId: 'repeated',
                        data: {
                            value: (0,display/* display */.Vy)(value),
                            list: key,
                            line: ctx.line(`${rule.pointer}/${key}/${first}`)
                        }
                    });
                });
            }
            for (const [key, field] of IP_LISTS) {
                const list = rule[field];
                if (!list)
                    continue;
                const entries = list.map((e) => (0,ip/* parseIpEntry */.PS)(e));
                const at = (i) => `${rule.pointer}/${key}/${i}`;
                const holds = (outer, inner, equal) => {
                    const o = entries[outer];
                    const n = entries[inner];
                    return o.ok && n.ok && (0,ip/* within */.ux)(n, o) && (0,ip/* within */.ux)(o, n) === equal;
                };
                // Every entry that adds nothing gives one finding, at the later of it and the entry that
                // holds it: an earlier equal entry first, then an earlier wider one, then a later wider
                // one (a later equal entry is itself the duplicate).
                list.forEach((text, x) => {
                    let c = entries.findIndex((_, i) => i < x && holds(i, x, true));
                    if (c < 0)
                        c = entries.findIndex((_, i) => i < x && holds(i, x, false));
                    if (c < 0)
                        c = entries.findIndex((_, i) => i > x && holds(i, x, false));
                    if (c < 0)
                        return;
                    const other = list[c];
                    if (c > x) {
                        ctx.report({
                            at: at(c),
                            messageId: 'contains',
                            data: { entry: (0,display/* display */.Vy)(other), other: (0,display/* display */.Vy)(text), line: ctx.line(at(x)) }
                        });
                    }
                    else if (!holds(x, c, true)) {
                        ctx.report({
                            at: at(x),
                            messageId: 'inside',
                            data: { entry: (0,display/* display */.Vy)(text), other: (0,display/* display */.Vy)(other), line: ctx.line(at(c)) }
                        });
                    }
                    else if (text === other) {
                        ctx.report({
                            at: at(x),
                            messageId: 'repeated',
                            data: { value: (0,display/* display */.Vy)(text), list: key, line: ctx.line(at(c)) }
                        });
                    }
                    else {
                        ctx.report({
                            at: at(x),
                            messageId: 'sameRange',
                            data: {
                                entry: (0,display/* display */.Vy)(text),
                                range: (0,ip/* formatInterval */.vy)(entries[x]),
                                other: (0,display/* display */.Vy)(other),
                                line: ctx.line(at(c))
                            }
                        });
                    }
                });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo401-outlook-mobile-not-blocked.ts



const PLATFORMS = ['iOS', 'Android'];
/** How Outlook for iOS and Android identifies itself to ActiveSync device rules (§6.3). */
const IDENTITIES = [
    ['DeviceType', 'outlook', ['iOS', 'Android']],
    ['DeviceModel', 'outlook for ios and android', ['iOS', 'Android']],
    ['UserAgent', 'outlook-ios/2.0', ['iOS']],
    ['UserAgent', 'outlook-android/2.0', ['Android']]
];
const platformsOf = (rule) => IDENTITIES.find(([c, q]) => c === rule.characteristic && q === rule.queryString.toLowerCase())?.[2] ?? [];
const blocks = (level) => level === 'Block' || level === 'Quarantine';
/**
 * Outlook for iOS and Android is a Microsoft middle-tier app: it bypasses client access rules and
 * is always allowed (§3.4). A rule set that denies ActiveSync to keep mobile mail out therefore
 * leaves Outlook mobile in, unless an ActiveSync device access rule blocks it (`DeviceType`
 * `Outlook` or `DeviceModel` `Outlook for iOS and Android`, or both user agents), or the default
 * access level blocks and no device rule allows it (§6.3). Which rule wins when device rules both
 * block and allow Outlook is unconfirmed (§6.4).
 * Sources: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 * and https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/outlook-for-ios-and-android/secure-outlook-for-ios-and-android
 */
/* harmony default export */ const exo401_outlook_mobile_not_blocked = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO401',
    slug: 'outlook-mobile-not-blocked',
    title: 'Block Outlook mobile with a device rule when ActiveSync is denied',
    category: 'mobile',
    severity: 'error',
    severities: ['error', 'warning'],
    scope: 'ruleset',
    messages: {
        open: 'Rule "{{rule}}" denies {{which}}, but Outlook for iOS and Android bypasses client access rules and {{devices}}; add the device rule Characteristic: DeviceType, QueryString: Outlook, AccessLevel: Block.',
        openMay: 'Rule "{{rule}}" may deny some ExchangeActiveSync connections (those of users who meet different username and recipient-filter conditions at once, if any do), but Outlook for iOS and Android bypasses client access rules and {{devices}}; add the device rule Characteristic: DeviceType, QueryString: Outlook, AccessLevel: Block.',
        unconfirmed: 'Rule "{{rule}}" denies {{which}}, and the device rules both block and allow Outlook for iOS and Android ({{conflict}}); which one Exchange applies is unconfirmed, so keep only the blocking rule.',
        unconfirmedMay: 'Rule "{{rule}}" may deny some ExchangeActiveSync connections (those of users who meet different username and recipient-filter conditions at once, if any do), and the device rules both block and allow Outlook for iOS and Android ({{conflict}}); which one Exchange applies is unconfirmed, so keep only the blocking rule.'
    },
    run(ctx) {
        const { ruleSet, analysis } = ctx;
        if (ruleSet.target !== 'ExchangeOnline')
            return;
        const denial = denialOf(analysis, 'ExchangeActiveSync');
        if (!denial)
            return;
        const blocked = new Set();
        const allowed = new Set();
        const involved = [];
        for (const rule of ruleSet.deviceAccessRules) {
            const platforms = platformsOf(rule);
            if (!platforms.length)
                continue;
            involved.push(rule);
            for (const p of platforms)
                (blocks(rule.accessLevel) ? blocked : allowed).add(p);
        }
        const defaultBlocks = blocks(ruleSet.defaultAccessLevel);
        const statusOf = (p) => blocked.has(p) && allowed.has(p)
            ? 'unconfirmed'
            : blocked.has(p) || (!allowed.has(p) && defaultBlocks)
                ? 'blocked'
                : 'open';
        const open = PLATFORMS.filter((p) => statusOf(p) === 'open');
        // a "may" finding is one level lower (CHECKS.md "May"); it is never about every connection
        const may = denial.pinned >= 2;
        const first = denial.first;
        const alone = denial.every &&
            analysis
                .regionsOf('ExchangeActiveSync')
                .every((r) => r.outcome.deciders.every((d) => d === first.position));
        const which = !denial.every
            ? 'some ExchangeActiveSync connections'
            : alone
                ? 'every ExchangeActiveSync connection'
                : 'every ExchangeActiveSync connection (together with later DenyAccess rules)';
        const at = first.rule.pointer + '/Name';
        const rule = (0,display/* display */.Vy)(first.name);
        const line = (r) => ctx.line(r.pointer);
        if (open.length) {
            const allowing = involved.find((r) => !blocks(r.accessLevel) && platformsOf(r).some((p) => open.includes(p)));
            const blocking = involved.find((r) => blocks(r.accessLevel));
            const devices = allowing
                ? `the device rule ${describe(allowing)} (line ${line(allowing)}) allows it`
                : blocking
                    ? `the device rules block it only on ${PLATFORMS.filter((p) => !open.includes(p)).join(' and ')} (${describe(blocking)}, line ${line(blocking)})`
                    : 'no device access rule blocks it';
            ctx.report({
                at,
                messageId: may ? 'openMay' : 'open',
                severity: may ? 'notice' : denial.every ? 'error' : 'warning',
                data: may ? { rule, devices } : { rule, which, devices }
            });
        }
        else if (PLATFORMS.some((p) => statusOf(p) === 'unconfirmed')) {
            const conflict = involved
                .slice(0, 4)
                .map((r) => `${describe(r)} ${r.accessLevel} (line ${line(r)})`)
                .join(', ');
            ctx.report({
                at,
                messageId: may ? 'unconfirmedMay' : 'unconfirmed',
                severity: may ? 'notice' : 'warning',
                data: may ? { rule, conflict } : { rule, which, conflict }
            });
        }
    }
}));
function describe(rule) {
    return `${rule.characteristic} "${(0,display/* display */.Vy)(rule.queryString)}"`;
}

;// CONCATENATED MODULE: ./src/checks/exo402-device-rule-conflict.ts


/**
 * A device access rule has no name of its own: Exchange derives its identity from the query string
 * and the characteristic ("Outlook (DeviceType)"), so two rules with the same pair cannot both be
 * created, and only `AccessLevel` can change afterwards. A file holding both describes a state
 * Exchange cannot reach; with different levels, whichever one is applied, the other intent is lost
 * (§6.1, §6.4, §9.18). Query strings compare case-insensitively, as Exchange identities do.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-activesyncdeviceaccessrule
 */
/* harmony default export */ const exo402_device_rule_conflict = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO402',
    slug: 'device-rule-conflict',
    title: 'Give each device characteristic and query string one rule',
    category: 'mobile',
    severity: 'error',
    severities: ['error', 'warning'],
    scope: 'ruleset',
    messages: {
        conflict: 'Device access rule "{{query}} ({{characteristic}})" sets "{{level}}", but the earlier rule "{{otherQuery}} ({{characteristic}})" (index {{otherIndex}}, line {{otherLine}}) sets "{{otherLevel}}" for the same characteristic and query string; Exchange cannot keep both, so decide on one level.',
        duplicate: 'Device access rule "{{query}} ({{characteristic}})" repeats the earlier rule "{{otherQuery}} ({{characteristic}})" (index {{otherIndex}}, line {{otherLine}}) with the same level "{{level}}"; Exchange cannot create both, so remove one.'
    },
    run(ctx) {
        const first = new Map();
        for (const rule of ctx.ruleSet.deviceAccessRules) {
            const key = `${rule.characteristic}\u0000${rule.queryString.toLowerCase()}`;
            const other = first.get(key);
            if (!other) {
                first.set(key, rule);
                continue;
            }
            const same = other.accessLevel === rule.accessLevel;
            const data = {
                query: (0,display/* display */.Vy)(rule.queryString),
                characteristic: rule.characteristic,
                level: rule.accessLevel,
                otherIndex: other.index,
                otherQuery: (0,display/* display */.Vy)(other.queryString),
                otherLine: ctx.line(other.pointer + '/QueryString')
            };
            if (!same)
                data.otherLevel = other.accessLevel;
            ctx.report({
                at: rule.pointer + '/QueryString',
                messageId: same ? 'duplicate' : 'conflict',
                severity: same ? 'warning' : 'error',
                data,
                related: [
                    {
                        at: other.pointer + '/QueryString',
                        message: 'The earlier device access rule with the same characteristic and query string.'
                    }
                ]
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo403-device-query-wildcard.ts


/**
 * A device access rule's query string is compared with the device's value as a whole: Microsoft
 * documents no wildcards and no partial matches, so `iPhone*` matches only a device that reports
 * the literal text `iPhone*`, that is none (§6.1, §9.18).
 * Sources: https://learn.microsoft.com/powershell/module/exchangepowershell/new-activesyncdeviceaccessrule
 * and https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/outlook-for-ios-and-android/secure-outlook-for-ios-and-android
 */
/* harmony default export */ const exo403_device_query_wildcard = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO403',
    slug: 'device-query-wildcard',
    title: 'Write device query strings without wildcards',
    category: 'mobile',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        wildcard: 'The {{characteristic}} query string "{{query}}" contains {{wildcards}}, but device access rules match the exact value, never a pattern; write the value devices report (Get-MobileDevice shows it).'
    },
    run(ctx) {
        for (const rule of ctx.ruleSet.deviceAccessRules) {
            const found = ['*', '?'].filter((c) => rule.queryString.includes(c));
            if (found.length === 0)
                continue;
            ctx.report({
                at: rule.pointer + '/QueryString',
                messageId: 'wildcard',
                data: {
                    characteristic: rule.characteristic,
                    query: (0,display/* display */.Vy)(rule.queryString),
                    wildcards: found.map((c) => `"${c}"`).join(' and ')
                }
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo404-outlook-identity-mismatch.ts


/** The Outlook mobile values written under the wrong characteristic (query strings lower-cased). */
const MISMATCHES = [
    { characteristic: 'DeviceType', query: 'outlook for ios and android', messageId: 'deviceType' },
    { characteristic: 'DeviceModel', query: 'outlook', messageId: 'deviceModel' },
    { characteristic: 'UserAgent', query: 'outlook', messageId: 'userAgent' }
];
/**
 * Outlook for iOS and Android reports DeviceType "Outlook", DeviceModel "Outlook for iOS and
 * Android" and the user agents "Outlook-iOS/2.0" and "Outlook-Android/2.0" (§6.3). A rule that
 * pairs one characteristic with another's value ("DeviceType" with "Outlook for iOS and Android")
 * never matches Outlook, so Outlook is not blocked (or allowed) as the rule intends.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/outlook-for-ios-and-android/secure-outlook-for-ios-and-android
 */
/* harmony default export */ const exo404_outlook_identity_mismatch = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO404',
    slug: 'outlook-identity-mismatch',
    title: 'Pair each Outlook mobile value with its own characteristic',
    category: 'mobile',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        deviceType: 'The DeviceType "{{query}}" never matches Outlook for iOS and Android, whose DeviceType is "Outlook"; use Characteristic "DeviceModel" for this value, or the DeviceType "Outlook".',
        deviceModel: 'The DeviceModel "{{query}}" never matches Outlook for iOS and Android, whose DeviceModel is "Outlook for iOS and Android"; use Characteristic "DeviceType" for this value, or the DeviceModel "Outlook for iOS and Android".',
        userAgent: 'The UserAgent "{{query}}" never matches Outlook for iOS and Android, whose user agents are "Outlook-iOS/2.0" and "Outlook-Android/2.0"; use those, or the DeviceType "Outlook".'
    },
    run(ctx) {
        for (const rule of ctx.ruleSet.deviceAccessRules) {
            const query = rule.queryString.toLowerCase();
            const mismatch = MISMATCHES.find((m) => m.characteristic === rule.characteristic && m.query === query);
            if (!mismatch)
                continue;
            ctx.report({
                at: rule.pointer + '/QueryString',
                messageId: mismatch.messageId,
                data: { query: (0,display/* display */.Vy)(rule.queryString) }
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo501-exchange-online-retired.ts

/**
 * Microsoft retired client access rules for every Exchange Online organisation on 2025-09-01
 * (§7): they can no longer be created or applied there, and Microsoft's replacement is
 * Conditional Access with Continuous Access Evaluation. A file whose client access rules target
 * Exchange Online therefore describes protection that does not exist. Exchange Server 2019 and
 * Subscription Edition keep client access rules, and ActiveSync device access rules are still
 * supported in Exchange Online, so neither triggers this check.
 * Source: https://techcommunity.microsoft.com/blog/exchange/update-on-client-access-rules-deprecation-in-exchange-online/4354809
 */
/* harmony default export */ const exo501_exchange_online_retired = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO501',
    slug: 'exchange-online-retired',
    title: 'Do not rely on client access rules in Exchange Online',
    category: 'target',
    severity: 'warning',
    scope: 'ruleset',
    messages: {
        retired: 'Client access rules were retired in target "ExchangeOnline" on 2025-09-01 and cannot be applied there; move to Conditional Access with Continuous Access Evaluation (device access rules are still supported).',
        retiredAssumed: 'No "Target" is set, so the gate assumed "ExchangeOnline", where client access rules were retired on 2025-09-01 and cannot be applied; set "Target" to "ExchangeServer" for Exchange Server, or move to Conditional Access with Continuous Access Evaluation (device access rules are still supported).'
    },
    run(ctx) {
        const { ruleSet } = ctx;
        if (!ruleSet.hasClientAccessRules || ruleSet.target !== 'ExchangeOnline')
            return;
        if (ruleSet.targetExplicit) {
            ctx.report({ at: '/Target', messageId: 'retired' });
            return;
        }
        // A `Target` that failed the schema (a misspelt "ExchangeServer") is EXO003's finding alone:
        // the file names a target, the gate just cannot read it, so nothing was assumed.
        const doc = ctx.value;
        if (typeof doc === 'object' && doc !== null && 'Target' in doc)
            return;
        ctx.report({ at: '/ClientAccessRules', target: 'key', messageId: 'retiredAssumed' });
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo601-expectation-failed.ts




const VERB = { AllowAccess: 'allows', DenyAccess: 'denies' };
/** `rule "X" (line N) denies it` or `no rule matches, so it is allowed`. */
function outcome(ctx, d) {
    return d.rule
        ? `rule ${ruleRef(ctx, d.rule)} ${VERB[d.action]} it`
        : 'no rule matches, so it is allowed';
}
const label = (t) => (t.name === undefined ? `Tests[${t.index}]` : (0,display/* display */.Vy)(t.name));
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The pointer of the first client access rule the schema rejected (the list itself when it is not
 * a list or is rejected as a whole), else undefined. Such a rule is missing from the model, so
 * evaluating the tests without it would report mismatches that are not there.
 */
function firstInvalidRule(ctx) {
    const doc = ctx.value;
    if (!isObj(doc) || !Object.hasOwn(doc, 'ClientAccessRules'))
        return undefined;
    const list = doc.ClientAccessRules;
    if (!Array.isArray(list))
        return '/ClientAccessRules';
    if (list.length === 0)
        return undefined;
    if (ctx.schemaError('/ClientAccessRules'))
        return '/ClientAccessRules';
    const valid = new Set(ctx.ruleSet.clientAccessRules.map((r) => r.index));
    const index = list.findIndex((_, i) => !valid.has(i));
    return index < 0 ? undefined : `/ClientAccessRules/${index}`;
}
/**
 * A rule set's `Tests` say which connections must be allowed or denied and, optionally, by which
 * rule; the gate evaluates each with the same evaluator as `exo-access-gate test` (the offline
 * Test-ClientAccessRule), so a change that breaks an expectation fails the pull request.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/test-clientaccessrule
 */
/* harmony default export */ const exo601_expectation_failed = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO601',
    slug: 'expectation-failed',
    title: 'Every expectation in Tests must hold',
    category: 'expectations',
    severity: 'error',
    scope: 'ruleset',
    messages: {
        decision: 'Test "{{test}}": expected "{{expected}}" but {{outcome}}.',
        rule: 'Test "{{test}}": expected rule "{{expected}}" (line {{line}}) to decide it but {{outcome}}.',
        noRule: 'Test "{{test}}": expected no rule to decide it but {{outcome}}.',
        unknownRule: 'Test "{{test}}": "ExpectRule" names "{{expected}}", which is not a rule of this file.',
        badAddress: 'Test "{{test}}": "RemoteAddress" "{{address}}" is not a single IPv4 or IPv6 address.',
        excluded: 'Test "{{test}}" was not evaluated because rule "{{rule}}" (line {{line}}) has an invalid IP entry or filter; fix that first.',
        invalidRule: 'Test "{{test}}" was not evaluated because the client access rule at line {{line}} is not valid; fix that first.'
    },
    run(ctx) {
        const { model, ruleSet } = ctx;
        if (!ruleSet.tests.length)
            return;
        const byName = new Map();
        for (const r of ruleSet.clientAccessRules) {
            if (!byName.has(r.name.toLowerCase()))
                byName.set(r.name.toLowerCase(), r);
        }
        const invalid = firstInvalidRule(ctx);
        for (const t of ruleSet.tests) {
            const test = label(t);
            const expectRule = typeof t.expectRule === 'string' ? t.expectRule : undefined;
            const expected = expectRule === undefined ? undefined : byName.get(expectRule.toLowerCase());
            // with a rule missing from the model, "not a rule of this file" may be wrong: say invalidRule
            if (expectRule !== undefined && !expected && !invalid) {
                ctx.report({
                    at: t.pointer + '/ExpectRule',
                    messageId: 'unknownRule',
                    data: { test, expected: (0,display/* display */.Vy)(expectRule) }
                });
                continue;
            }
            const address = (0,model_model/* connectionAddress */.Vj)(t.remoteAddress);
            if (t.remoteAddress !== undefined && !address) {
                ctx.report({
                    at: t.pointer + '/RemoteAddress',
                    messageId: 'badAddress',
                    data: { test, address: (0,display/* display */.Vy)(t.remoteAddress) }
                });
                continue;
            }
            if (invalid) {
                ctx.report({
                    at: t.pointer + '/Expect',
                    messageId: 'invalidRule',
                    data: { test, line: ctx.line(invalid) }
                });
                continue;
            }
            const excluded = model.excluded[0];
            if (excluded) {
                ctx.report({
                    at: t.pointer + '/Expect',
                    messageId: 'excluded',
                    data: { test, rule: (0,display/* display */.Vy)(excluded.name), line: ctx.line(excluded.pointer + '/Name') }
                });
                continue;
            }
            const d = (0,model_model/* evaluate */._3)(model, {
                protocol: t.protocol,
                authenticationType: t.authenticationType,
                address,
                username: t.username,
                user: t.user,
                middleTier: t.middleTier
            });
            if (d.action !== t.expect) {
                ctx.report({
                    at: t.pointer + '/Expect',
                    messageId: 'decision',
                    data: { test, expected: t.expect, outcome: outcome(ctx, d) }
                });
            }
            else if (t.expectRule === null && d.rule) {
                ctx.report({
                    at: t.pointer + '/ExpectRule',
                    messageId: 'noRule',
                    data: { test, outcome: outcome(ctx, d) }
                });
            }
            else if (expectRule !== undefined &&
                expected &&
                // by name, not identity: with a duplicate name (EXO102) either rule is the one meant
                d.rule?.name.toLowerCase() !== expected.name.toLowerCase()) {
                ctx.report({
                    at: t.pointer + '/ExpectRule',
                    messageId: 'rule',
                    data: {
                        test,
                        expected: (0,display/* display */.Vy)(expectRule),
                        line: ctx.line(expected.pointer + '/Name'),
                        outcome: outcome(ctx, d)
                    }
                });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo901-unused-suppression.ts

/**
 * A suppression that matches nothing is either stale (the finding was fixed) or aimed at the wrong
 * file or pointer; either way it may silence a different finding later. Emitted by the engine
 * after every file is checked.
 */
/* harmony default export */ const exo901_unused_suppression = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO901',
    slug: 'unused-suppression',
    title: 'Remove suppressions that match no finding',
    category: 'configuration',
    severity: 'warning',
    scope: 'engine',
    messages: {
        unused: 'The suppression of "{{id}}"{{scope}} matched no finding; remove it.'
    }
}));

;// CONCATENATED MODULE: ./src/checks/exo902-invalid-config.ts

/**
 * A gate whose own configuration is broken must not pass quietly with half of it applied: the run
 * uses the built-in defaults, reports every rule-set finding, and fails (exit 2 in the CLI).
 * Emitted by the engine's config stage.
 */
/* harmony default export */ const exo902_invalid_config = ((0,checks_define/* defineCheck */.q)({
    id: 'EXO902',
    slug: 'invalid-config',
    title: 'The gate configuration must be valid',
    category: 'configuration',
    severity: 'error',
    scope: 'engine',
    messages: {
        unreadable: 'The config file was not read: {{detail}}',
        json: 'The config file is not valid JSON: {{detail}}',
        schema: 'The config file is not valid: {{detail}}',
        unknownCheck: 'Unknown check ID "{{id}}"; check IDs are listed by "exo-access-gate explain".',
        missingReason: 'The suppression of "{{id}}" has no "reason"; say why the finding is acceptable.',
        badGlob: 'The path glob "{{glob}}" is not valid.'
    }
}));

;// CONCATENATED MODULE: ./src/checks/index.ts



































/**
 * The registry: every check of the catalog, in ID order. IDs are never reused; a retired check
 * stays here as a tombstone. The registry test keeps this list, the check files, their tests and
 * their docs pages in step.
 */
const CHECKS = Object.freeze([
    exo001_invalid_json,
    exo002_duplicate_key,
    exo003_schema,
    exo004_unsupported_parameter/* default */.A,
    exo005_unsafe_text,
    exo006_number_literal,
    exo007_byte_order_mark,
    exo101_duplicate_priority,
    exo102_duplicate_name,
    exo103_shadowed_rule,
    exo104_never_matches,
    exo105_redundant_rule,
    exo106_ambiguous_order,
    exo107_disabled_rule,
    exo201_missing_safeguard,
    exo202_partial_safeguard,
    exo301_filter_property,
    exo302_filter_syntax,
    exo303_filter_value,
    exo304_invalid_ip,
    exo305_ip_host_bits,
    exo306_ip_never_seen,
    exo307_username_pattern,
    exo308_auth_protocol_mismatch,
    exo309_universal_outlook,
    exo310_target_unsupported,
    exo311_duplicate_value,
    exo401_outlook_mobile_not_blocked,
    exo402_device_rule_conflict,
    exo403_device_query_wildcard,
    exo404_outlook_identity_mismatch,
    exo501_exchange_online_retired,
    exo601_expectation_failed,
    exo901_unused_suppression,
    exo902_invalid_config
]);
const BY_ID = new Map(CHECKS.map((c) => [c.id, c]));
/** The check with this ID; throws for an unknown ID (a programming error). */
function checkById(id) {
    const c = BY_ID.get(id);
    if (!c)
        throw new Error(`unknown check ${id}`);
    return c;
}
/** True when the ID names a registered check. */
function isCheckId(id) {
    return BY_ID.has(id);
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _engine_parallel_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9802);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7997);


if ((0,_engine_parallel_js__WEBPACK_IMPORTED_MODULE_0__/* .isLintWorker */ .ml)())
    (0,_engine_parallel_js__WEBPACK_IMPORTED_MODULE_0__/* .serveLintWorker */ .tj)();
else {
    // the bundle (dist/cli/index.js) starts copies of itself to check large runs on every core
    if (import.meta.url.endsWith('.js'))
        (0,_engine_parallel_js__WEBPACK_IMPORTED_MODULE_0__/* .useWorkerEntry */ .mx)(import.meta.url);
    const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
        cwd: process.cwd(),
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        isTty: process.stderr.isTTY === true,
        env: process.env
    });
    process.exitCode = code;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: HELP

// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __nccwpck_require__(7679);
// EXTERNAL MODULE: ./src/engine/display.ts
var engine_display = __nccwpck_require__(6060);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/engine/findings.ts
var engine_findings = __nccwpck_require__(8166);
// EXTERNAL MODULE: ./src/engine/config.ts
var engine_config = __nccwpck_require__(5710);
// EXTERNAL MODULE: ./src/engine/lint.ts + 1 modules
var engine_lint = __nccwpck_require__(2356);
// EXTERNAL MODULE: ./src/engine/parallel.ts + 2 modules
var parallel = __nccwpck_require__(9802);
// EXTERNAL MODULE: ./src/engine/load.ts + 4 modules
var load = __nccwpck_require__(6955);
;// CONCATENATED MODULE: ./src/engine/verdict.ts
const RANK = { error: 3, warning: 2, notice: 1 };
const THRESHOLD = { error: 3, warning: 2, notice: 1, never: Infinity };
/** Fails exactly when a non-suppressed finding is at or above the threshold. */
function verdict(result, failOn) {
    const limit = THRESHOLD[failOn];
    for (const f of result.files) {
        for (const x of f.findings)
            if (!x.suppressed && RANK[x.severity] >= limit)
                return 'fail';
    }
    return 'pass';
}
const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'never'];

;// CONCATENATED MODULE: ./src/engine/run.ts








/** The default name of the gate's config file, at the workspace root. */
const CONFIG_FILE = '.exo-access-gate.json';
/** Reads the config file (if any), checks every matched file, and decides the verdict. */
async function runGate(options) {
    const { root } = options;
    const loaded = readConfig(root, options.config);
    const { config } = loaded;
    const patterns = options.paths?.length
        ? options.paths
        : config.paths?.length
            ? config.paths
            : [load/* DEFAULT_PATTERN */.Do];
    const matched = (0,load/* expand */.fT)(patterns, root, config.limits.maxFiles);
    const only = options.only;
    const files = only ? matched.filter((f) => only.has(f)) : matched;
    const { findings: found, threads } = await (0,parallel/* lintFiles */.ji)(root, files, config, (done) => options.progress?.(done, files.length));
    // suppressions are applied here, in file order, so their use is counted in one place
    const results = files.map((file, i) => {
        const findings = found[i];
        (0,engine_config/* applySuppressions */.px)(findings, config.suppressions);
        return { file, findings };
    });
    const result = (0,engine_lint/* assemble */.fT)(results, loaded);
    const failOn = options.failOn ?? config.failOn ?? 'error';
    const configInvalid = loaded.findings.length > 0;
    const outcome = {
        result,
        verdict: configInvalid ? 'fail' : verdict(result, failOn),
        failOn,
        configInvalid,
        threads
    };
    if (loaded.file)
        outcome.configFile = loaded.file;
    return outcome;
}
function readConfig(root, path) {
    const abs = (0,external_node_path_.resolve)(root, path ?? CONFIG_FILE);
    if (path === undefined && !(0,external_node_fs_.existsSync)(abs))
        return { config: (0,engine_config/* defaultConfig */.sb)(), findings: [] };
    if (path !== undefined && !(0,external_node_fs_.existsSync)(abs))
        throw new engine_errors/* UsageError */.e(`Config file not found: ${JSON.stringify(path)}.`);
    const file = (0,load/* relativeName */.IC)(root, abs);
    const read = (0,load/* readChecked */.Yi)(root, file, 1_048_576);
    if (!('bytes' in read))
        return (0,engine_config/* unusableConfig */.oV)(file, read.messageId, read.data);
    return (0,engine_config/* loadConfig */.Z9)(file, read.bytes);
}

// EXTERNAL MODULE: ./src/engine/digits.ts
var digits = __nccwpck_require__(918);
;// CONCATENATED MODULE: ./src/reporters/escape.ts

/*
 * Escaping of untrusted text (rule names, values, file names, messages, reasons) for each output
 * channel. Why each rule exists: security-and-robustness.md §1.4 (workflow commands), §4.1–4.3
 * (Markdown) and the O rows of §7.4.
 *
 * The Markdown functions first make the text visible: line breaks become spaces (fences keep
 * them) and every other control, invisible or direction-changing character becomes a `\uXXXX`
 * escape (`display()`), so a reader sees what is really there and no U+2060 in the output can have
 * come from the input. The workflow-command functions change nothing but what they must (the
 * runner must give the text back exactly); make log text visible first with `visibleLines()`.
 *
 * Tested in __tests__/reporters/escape.test.ts against micromark + GFM (raw HTML allowed) and a
 * model of the runner's command parser, with exact cases and fast-check properties.
 */
/** U+2060 WORD JOINER: invisible, not whitespace, and it breaks GitHub's mention and reference patterns. */
const WORD_JOINER = '\u2060';
/** The text on one line: CR, LF and CRLF become one space each, everything else is `display()`ed. */
function oneLine(s) {
    return (0,engine_display/* display */.Vy)(s.replace(/\r\n|[\r\n]/g, ' '), Infinity);
}
/**
 * The text made visible but for its line breaks: every control, invisible or direction-changing
 * character becomes a `\uXXXX` escape (`display()`, no length cut) except CR and LF, which the
 * caller's channel carries itself (the workflow-command encoding as `%0D` / `%0A`). Idempotent.
 */
function visibleLines(s) {
    return s.replace(/[^\r\n]+/g, (run) => (0,engine_display/* display */.Vy)(run, Infinity));
}
/** The longest run of `ch` in `s`. */
function longestRun(s, ch) {
    let longest = 0;
    let run = 0;
    for (const c of s) {
        run = c === ch ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
// --------------------------------------------------------------------------------------------
// Markdown
// --------------------------------------------------------------------------------------------
/**
 * Characters replaced by an entity. `&` so that no entity of the input (`&#64;` is an `@` to the
 * mention filter, which reads the rendered text) survives; `<` and `>` so that no tag, comment or
 * `<autolink>` can start and no `>` quote or alert block can open; `$` because GitHub's math
 * renderer reads `$…$`, and an entity has no `$` for it to see.
 */
const ENTITY = new Map([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['$', '&dollar;']
]);
/**
 * ASCII punctuation that can start Markdown structure anywhere in a line, backslash-escaped
 * (CommonMark §2.4): code spans, emphasis, strikethrough, links, images, footnotes, headings and
 * GFM table cells (`\|` keeps a pipe inside its cell; it works inside tables and out).
 */
const ALWAYS = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~', '#']);
/** Characters that start a block only at the start of a line: list items, setext underlines. */
const AT_START = new Set(['-', '+', '=']);
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c) => c !== undefined && /^[A-Za-z0-9]$/.test(c);
const isHex = (c) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
/**
 * Where a word joiner goes (after index i) so that GitHub links nothing and notifies no one:
 * - `@` (mentions `@user`, `@org/team`; e-mail autolinks; `owner/repo@sha`);
 * - `#` before a digit (`#1`, `owner/repo#1`);
 * - `-` between an alphanumeric and a digit (`GH-1` and custom autolink prefixes such as `JIRA-1`);
 * - `:` before `//` and `www` before `.` (GFM's extended autolinks, full issue URLs);
 * - inside every run of 7 or more hexadecimal digits, after each 6 (commit SHAs).
 */
function joinerAfter(t) {
    const after = new Array(t.length).fill(false);
    for (let i = 0; i < t.length; i++) {
        const c = t[i];
        if (c === '@')
            after[i] = true;
        else if (c === '#' && isDigit(t[i + 1]))
            after[i] = true;
        else if (c === '-' && isAlnum(t[i - 1]) && isDigit(t[i + 1]))
            after[i] = true;
        else if (c === ':' && t.startsWith('//', i + 1))
            after[i] = true;
        else if (i >= 2 && t[i + 1] === '.' && /^www$/i.test(t.slice(i - 2, i + 1)))
            after[i] = true;
    }
    for (let i = 0; i < t.length;) {
        if (!isHex(t[i])) {
            i++;
            continue;
        }
        let end = i;
        while (isHex(t[end]))
            end++;
        if (end - i >= 7)
            for (let k = i + 5; k < end - 1; k += 6)
                after[k] = true;
        i = end;
    }
    return after;
}
/**
 * Untrusted text for Markdown prose, headings and table cells: it renders as exactly the text
 * (made visible, on one line), never as markup. No HTML, entity, link, image, autolink, emphasis,
 * code, math, heading, list, quote or alert can come out of it, no `|` can split a table cell, and
 * GitHub sees no live `@mention` or `#123` / `GH-123` / `owner/repo#1` / SHA / URL reference: a
 * U+2060 WORD JOINER (invisible) follows each `@` and sits inside each such pattern. Runs of
 * spaces at either end become one space, so the text cannot start an indented code block.
 */
function markdownText(s) {
    const t = oneLine(s).replace(/^ {2,}| {2,}$/g, ' ');
    const after = joinerAfter(t);
    // the first character that is not a space: where a block could start
    const lead = t.length - t.trimStart().length;
    // an ordered list marker `1.` at the start of a line
    let listDot = -1;
    if (isDigit(t[lead])) {
        let k = lead;
        while (isDigit(t[k]))
            k++;
        if (t[k] === '.' && k - lead <= 9)
            listDot = k;
    }
    let out = '';
    for (let i = 0; i < t.length; i++) {
        const c = t[i];
        const entity = ENTITY.get(c);
        if (entity)
            out += entity;
        else if (ALWAYS.has(c) || (i === lead && AT_START.has(c)) || i === listDot)
            out += '\\' + c;
        else
            out += c;
        if (after[i])
            out += WORD_JOINER;
    }
    return out;
}
/**
 * Untrusted text as an inline code span: backticks one longer than the longest run inside, and a
 * space of padding where CommonMark would otherwise read a backtick of the content as part of the
 * delimiter (it strips one space from each end again). Mentions, references and HTML are inert in
 * code. `inTable`: the span sits in a GFM table cell, where a `|` ends the cell even inside code,
 * so each `|` is escaped (cmark-gfm removes the backslash again) with an odd number of
 * backslashes before it, which keeps it in its cell in every GFM renderer. On GitHub a run of an
 * odd number of backslashes right before a `|` then shows one backslash more than there is.
 */
function codeSpan(s, inTable = false) {
    let t = oneLine(s);
    if (inTable) {
        t = t.replace(/(\\*)\|/g, (_, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}\\\\|`);
    }
    // an empty span would be no span at all: one space, which CommonMark keeps
    if (t === '')
        return '` `';
    const ticks = '`'.repeat(longestRun(t, '`') + 1);
    const pad = t.startsWith('`') ||
        t.endsWith('`') ||
        (t.startsWith(' ') && t.endsWith(' ') && t.trim() !== '')
        ? ' '
        : '';
    return ticks + pad + t + pad + ticks;
}
/**
 * Untrusted text as a fenced code block: a backtick fence longer than any backtick run inside
 * (at least three), so the content can never close it early. `lang` is the caller's own info
 * string, one word; a `suggestion` block (GitHub's one-click "Commit suggestion") is refused,
 * because a suggestion built from file content is code a maintainer can commit with one click.
 * Lines keep their tabs; every other control or invisible character becomes a `\uXXXX` escape.
 */
function fence(s, lang = '') {
    if (!/^[A-Za-z0-9_+.#-]*$/.test(lang)) {
        throw new RangeError(`A fence's language must be one word of letters, digits or _+.#-.`);
    }
    if (/^suggestion/i.test(lang)) {
        throw new RangeError('A suggestion block is never built from file content.');
    }
    const body = s
        .replace(/\r\n|\r/g, '\n')
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => line
        .split('\t')
        .map((part) => display(part, Infinity))
        .join('\t'))
        .join('\n');
    const ticks = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
    return `${ticks}${lang}\n${body}\n${ticks}`;
}
// --------------------------------------------------------------------------------------------
// Workflow commands
// --------------------------------------------------------------------------------------------
/*
 * How the runner reads a line of a step's output (actions/runner: src/Runner.Common/ActionCommand.cs
 * and src/Runner.Worker/ActionCommandManager.cs): first `TryParseV2`, which `TrimStart()`s the
 * line (.NET white space, which includes U+0085, U+00A0, U+2028, U+2029) and wants it to start
 * with `::`, then the name up to the next `::`; failing that, the legacy `TryParse`, which looks
 * for `##[` ANYWHERE in the line, then the name up to `]`. Either way the name starts at a fixed
 * offset from the match (2 after the start, 3 after `##[`).
 *
 * So a word joiner goes between the two colons of a `::` that starts a line (after any run of
 * white space or invisible characters) and between `##` and `[` everywhere. With ordinal matching
 * the runner finds no command at all. Even if a culture-sensitive match skipped the joiner (ICU
 * ignores U+2060), the name would be read from the fixed offset, which now falls on the second
 * `:` or on the `[`, and no command is called `:…` or `[…`. The same holds for any invisible
 * character the input itself carries: the name can only start at a letter when the input has a
 * literal `::` at a line start or a literal `##[`, and those are exactly what is broken here.
 */
/** Characters .NET's `TrimStart()` removes, plus invisible ones (a superset does no harm). */
const LEADING = 
// eslint-disable-next-line no-misleading-character-class
/[\s\u0085\u00a0\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufe00-\ufe0f\ufeff]/;
/** Where a new line starts for the runner (CR, LF) or for anything that splits more widely. */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
/**
 * Text that the runner can never read as a workflow command, wherever it is written, even
 * unescaped (`core.info()` writes its text raw): `::error::`, `::add-mask::`,
 * `::stop-commands::` and every other `::` command at a line start, and `##[cmd]` anywhere.
 * Only U+2060 WORD JOINERs are added (invisible), so the text reads the same; it can also be
 * passed to `core.error()` / `core.warning()` / `core.notice()`, which do the `%` escaping
 * themselves. For log text from untrusted input use `neutraliseWorkflowCommands(visibleLines(s))`,
 * which also shows escape sequences and direction overrides instead of sending them to the log.
 */
function neutraliseWorkflowCommands(s) {
    let out = '';
    // one pass, so that a long run of white space costs linear time
    let lineStart = true;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        out += c;
        if (LINE_BREAK.test(c))
            lineStart = true;
        else if (LEADING.test(c))
            continue;
        else {
            if (lineStart && c === ':' && s[i + 1] === ':')
                out += WORD_JOINER;
            lineStart = false;
        }
    }
    return breakLegacy(out);
}
/** `##[` anywhere becomes `##\u2060[`. */
const breakLegacy = (s) => s.replace(/##\[/g, `##${WORD_JOINER}[`);
/*
 * The encoding of `@actions/core` (`packages/core/src/command.ts`, escapeData / escapeProperty),
 * which the runner undoes (`ActionCommand.cs`, UnescapeData / UnescapeProperty). These two are
 * for building command lines without `@actions/core` (`--format github`); never pass their result
 * to `core.*`, which encodes again.
 *
 * They add no word joiner: a line built as `::error PROPERTIES::MESSAGE\n` from them is parsed by
 * the runner's `::` parser as that one command (it is tried first, and the legacy `##[` parser only
 * when it fails), and the encoded values hold no CR or LF, so nothing in them starts a line. The
 * runner therefore gives back exactly the text that went in.
 */
/**
 * A workflow command's message (`::error file=…::MESSAGE`), encoded exactly as `@actions/core`'s
 * `escapeData`: `%` → `%25` first (so a `%0A` of the text stays text), CR → `%0D`, LF → `%0A`.
 */
function workflowCommandValue(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/**
 * A workflow command's property value (`file=`, `title=`), encoded exactly as `@actions/core`'s
 * `escapeProperty`: as the message, plus `:` → `%3A` and `,` → `%2C`, so a value can end neither
 * the properties (`::`) nor one property (`,`). (A value cannot start with `=`: the runner drops
 * leading `=`, and the format has no escape for it.)
 */
function workflowCommandProperty(s) {
    return workflowCommandValue(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/reporters/annotations.ts


/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per job) and
 * drops the rest silently: reference/github-actions-platform.md §2.1, "Limits table"
 * (`actions/toolkit:docs/problem-matchers.md`; also security-and-robustness.md §4.4).
 */
const ANNOTATIONS_PER_TYPE = 10;
const TYPES = ['error', 'warning', 'notice'];
const plural = (n, word) => `${(0,digits/* groupDigits */.K)(n)} ${word}${n === 1 ? '' : 's'}`;
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Within a type: by file, line, column (then ID and message, so the order never depends on input). */
function compare(a, b) {
    return (ordinal(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        ordinal(a.id, b.id) ||
        ordinal(a.message, b.message));
}
const isPositive = (n) => Number.isSafeInteger(n) && n >= 1;
function toAnnotation(f) {
    const properties = { title: visibleLines(`${f.id} ${f.slug}`) };
    const file = visibleLines(f.file);
    if (file)
        properties.file = file;
    if (isPositive(f.line)) {
        properties.startLine = f.line;
        properties.endLine = isPositive(f.endLine) && f.endLine >= f.line ? f.endLine : f.line;
        // The runner removes `col`/`endColumn` when `line` and `endLine` differ, and rejects an end
        // before the start (actions/runner: IssueCommandExtension.ValidateLinesAndColumns).
        if (properties.endLine === f.line && isPositive(f.column)) {
            properties.startColumn = f.column;
            // End exclusive, as in findings and SARIF (github/docs#40038 found GitHub's to be exclusive).
            properties.endColumn =
                isPositive(f.endColumn) && f.endColumn >= f.column ? f.endColumn : f.column;
        }
    }
    return { type: f.severity, message: visibleLines(f.message), properties };
}
/**
 * The annotations the action emits, in emission order: every non-suppressed finding, most severe
 * first, at most `perType` of each type. When any finding would be dropped, the last notice slot
 * holds one notice that says how many findings (of which severities) are not annotated and where
 * they are; that notice counts against the notices' cap, so GitHub never drops one silently.
 */
function annotations(result, options = {}) {
    const cap = options.perType ?? ANNOTATIONS_PER_TYPE;
    if (!Number.isSafeInteger(cap) || cap < 1) {
        throw new RangeError(`perType must be a whole number of at least 1, not ${cap}.`);
    }
    const byType = { error: [], warning: [], notice: [] };
    const active = result.files.flatMap((file) => file.findings).filter((f) => !f.suppressed);
    for (const f of active.sort(compare))
        byType[f.severity].push(f);
    const slots = (t) => Math.max(0, cap - (options.reserved?.[t] ?? 0));
    const overflow = TYPES.some((t) => byType[t].length > slots(t));
    const out = [];
    const dropped = { error: 0, warning: 0, notice: 0 };
    for (const t of TYPES) {
        const room = overflow && t === 'notice' ? slots(t) - 1 : slots(t);
        const kept = byType[t].slice(0, room);
        dropped[t] = byType[t].length - kept.length;
        out.push(...kept.map(toAnnotation));
    }
    if (overflow) {
        const total = dropped.error + dropped.warning + dropped.notice;
        const parts = TYPES.filter((t) => dropped[t] > 0).map((t) => plural(dropped[t], t));
        const where = visibleLines(options.moreIn ?? 'the job summary');
        out.push({
            type: 'notice',
            message: `${plural(total, 'more finding')} (${parts.join(', ')}) ${total === 1 ? 'is' : 'are'} in ${where}; ` +
                `GitHub shows at most ${plural(cap, 'annotation')} of each type per step.`,
            properties: { title: 'exo-access-gate' }
        });
    }
    return out;
}
/**
 * One workflow-command line. Its only line break is the final one and it always starts with
 * `::error `, `::warning ` or `::notice `, so the runner parses it as that command
 * (`ActionCommandManager.TryProcessCommand` tries the `::` form first): text inside it can neither
 * start another command nor reach the legacy `##[` parser. Properties in the documented order.
 */
function commandLine(a) {
    const p = a.properties;
    const fields = [
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn],
        ['title', p.title]
    ];
    const props = fields
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${workflowCommandProperty(String(v))}`)
        .join(',');
    return `::${a.type}${props ? ' ' + props : ''}::${workflowCommandValue(a.message)}\n`;
}
/** `--format github`: the action's annotations as workflow-command lines, one per annotation. */
function github(result, options = {}) {
    return annotations(result, options).map(commandLine).join('');
}

;// CONCATENATED MODULE: ./src/reporters/json.ts
/** The public fields of a finding, in DESIGN.md's order. */
function publicFinding(f) {
    const out = {
        id: f.id,
        slug: f.slug,
        severity: f.severity,
        message: f.message,
        file: f.file,
        pointer: f.pointer,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        docsUrl: f.docsUrl,
        suppressed: f.suppressed
    };
    if (f.related?.length)
        out.related = f.related;
    return out;
}
/** `--format json`: `{ files: [{ file, findings }], summary }`, plus the verdict. */
function json(result, verdict) {
    const doc = {
        files: result.files.map((f) => ({ file: f.file, findings: f.findings.map(publicFinding) })),
        summary: { ...result.summary, result: verdict }
    };
    return JSON.stringify(doc, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/markdown.ts



/** GitHub refuses a longer issue comment or review body ("Body is too long (maximum is 65536 characters)"). */
const COMMENT_MAX_CHARS = 65_536;
/** A step's job summary above 1 MiB is not uploaded at all (workflow-commands.md, "Step isolation and limits"). */
const JOB_SUMMARY_MAX_BYTES = 1_048_576;
const markdown_RANK = { error: 3, warning: 2, notice: 1 };
const SEVERITY = {
    error: '❌ error',
    warning: '⚠️ warning',
    notice: 'ℹ️ notice'
};
const DEFAULT_MORE_IN = 'the output of `exo-access-gate check --format json`';
/** The closing note: Exchange caches client access rules (exchange-client-access-rules.md §3.3). */
const CLOSING_NOTE = 'Exchange can take up to 24 hours to apply the first client access rule of an organisation, ' +
    'and up to an hour to apply later changes, so a merged change does not take effect at once.';
const count = (n) => (0,digits/* groupDigits */.K)(n);
const markdown_plural = (n, word) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
/** Length in bytes of the UTF-8 encoding (a lone surrogate is encoded as U+FFFD, 3 bytes). */
function utf8Length(s) {
    let bytes = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/**
 * A link destination that nothing in it can end early: spaces, controls, parentheses, angle
 * brackets, backslashes, backticks and pipes (which would end a table cell) are percent-encoded
 * (`encodeURIComponent` leaves parentheses alone, so each is encoded by hand).
 */
function href(url) {
    return url.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f()<>\\`|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** The check's ID, linked to its page; an ID of another shape is shown as text. */
function checkLink(id, docsBase) {
    return /^[A-Z]{2,10}\d{1,6}$/.test(id)
        ? `[${id}](${href(`${docsBase}${id}.md`)})`
        : markdownText(id);
}
/** A finding's place, `line:column` as editors show it; a dash for a finding about the whole file. */
const place = (f) => Number.isSafeInteger(f.line) && f.line >= 1
    ? `${f.line}:${Number.isSafeInteger(f.column) && f.column >= 1 ? f.column : 1}`
    : '—';
/** The first line: a hidden HTML comment. */
function markerLine(marker) {
    const whole = /^<!--([^]*)-->$/.exec(marker);
    const words = whole ? whole[1] : marker;
    // eslint-disable-next-line no-control-regex
    if (/--|[<>\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(words) || words.trim() === '') {
        throw new RangeError(`The marker ${JSON.stringify(marker)} must be words without "--", "<", ">" or control characters.`);
    }
    return whole ? `${marker}\n` : `<!-- ${words} -->\n`;
}
/** ` ([inline](URL))` for a finding posted as an inline review comment. */
function inlineLink(f, inlineUrl) {
    const url = inlineUrl?.(f);
    return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url)
        ? ` ([inline](${href(url)}))`
        : '';
}
function verdictLine(result, options) {
    const threshold = Object.hasOwn(markdown_RANK, options.failOn) ? markdown_RANK[options.failOn] : 0;
    const at = threshold
        ? result.files
            .flatMap((f) => f.findings)
            .filter((f) => !f.suppressed && markdown_RANK[f.severity] >= threshold).length
        : 0;
    const failOn = codeSpan(options.failOn);
    if (options.verdict === 'fail') {
        return at > 0
            ? `❌ **Failed**: ${markdown_plural(at, 'finding')} at or above the fail-on threshold, ${failOn}.`
            : '❌ **Failed**.';
    }
    return threshold
        ? `✅ **Passed**: no findings at or above the fail-on threshold, ${failOn}.`
        : `✅ **Passed**: the fail-on threshold is ${failOn}, so no finding fails this check.`;
}
function countsLine(result) {
    const s = result.summary;
    const checked = `${markdown_plural(s.files, 'file')} checked`;
    const suppressed = s.suppressed
        ? ` ${markdown_plural(s.suppressed, 'suppressed finding')} ${s.suppressed === 1 ? 'is' : 'are'} not counted.`
        : '';
    if (s.errors + s.warnings + s.notices === 0)
        return `No problems in ${checked}.${suppressed}`;
    const counts = `${markdown_plural(s.errors, 'error')}, ${markdown_plural(s.warnings, 'warning')} and ${markdown_plural(s.notices, 'notice')}`;
    return `${counts} in ${checked}.${suppressed}`;
}
function omissionLine(left, suppressed, moreIn) {
    const of = suppressed ? ` (${count(suppressed)} of them suppressed)` : '';
    return (`**${markdown_plural(left, 'more finding')} ${left === 1 ? 'is' : 'are'} not shown here**${of}: ` +
        `this summary is cut to fit GitHub's size limit. Every finding is in ${moreIn}.`);
}
/** The sections holding the findings: one table per file, then the suppressed ones, collapsed. */
function findingSections(result, options) {
    const { docsBase, inlineUrl } = options;
    const message = (f) => markdownText(f.message) + inlineLink(f, inlineUrl);
    const sections = [];
    const suppressed = [];
    for (const file of result.files) {
        const active = file.findings.filter((f) => !f.suppressed);
        suppressed.push(...file.findings.filter((f) => f.suppressed));
        if (active.length === 0)
            continue;
        sections.push({
            open: `### ${codeSpan((0,engine_display/* display */.Vy)(file.file, 400))}\n\n` +
                '| Severity | Line | Check | Message |\n| --- | --- | --- | --- |\n',
            rows: active.map((f) => `| ${SEVERITY[f.severity]} | ${place(f)} | ${checkLink(f.id, docsBase)} | ${message(f)} |\n`),
            ranks: active.map((f) => markdown_RANK[f.severity]),
            close: '\n',
            suppressed: false
        });
    }
    if (suppressed.length > 0) {
        sections.push({
            open: `<details>\n<summary>${markdown_plural(suppressed.length, 'suppressed finding')}</summary>\n\n` +
                '| File | Line | Check | Message | Reason |\n| --- | --- | --- | --- | --- |\n',
            rows: suppressed.map((f) => `| ${codeSpan((0,engine_display/* display */.Vy)(f.file, 400), true)} | ${place(f)} | ${checkLink(f.id, docsBase)} | ` +
                `${message(f)} | ${markdownText((0,engine_display/* display */.Vy)(f.suppression?.reason ?? '', 400))} |\n`),
            ranks: suppressed.map(() => 0),
            close: '\n</details>\n\n',
            suppressed: true
        });
    }
    return sections;
}
/**
 * The job summary and the PR summary comment, in this order: the hidden `marker`; the title; the
 * verdict; the `notes`; a callout when the pull request changes the gate's config file; the
 * `extraSections` ("Effect of this change"); the counts per severity; one table per file
 * (severity, line:column, the check's ID linked to `docsBase + ID + '.md'`, the message, and
 * `([inline](URL))` when `inlineUrl` gives one); the suppressed findings apart, in a collapsed
 * `<details>` table with their reasons; a closing note on how long Exchange takes to apply rules.
 *
 * Pure. Every untrusted string (file names, messages, reasons) is escaped for Markdown here
 * (`escape.ts`); `notes`, `extraSections`, `moreIn` and `marker` are the caller's own Markdown.
 *
 * Size: the output has at most `maxChars` UTF-16 code units and `maxBytes` bytes of UTF-8. When
 * the whole does not fit, it is cut after a whole table row (a table or `<details>` left open is
 * closed), an extra section that does not fit is replaced by one line saying so, and a line
 * before the closing note says how many findings are left out (and how many of them are
 * suppressed) and that all of them are in `moreIn`. The marker, title, verdict, notes, callout,
 * counts and closing note are always there: a RangeError when the limits leave no room for them.
 */
function markdown(result, options) {
    const maxChars = options.maxChars;
    const maxBytes = options.maxBytes ?? Infinity;
    for (const [name, v] of [
        ['maxChars', maxChars],
        ['maxBytes', maxBytes]
    ]) {
        if (!(v > 0))
            throw new RangeError(`${name} must be a positive number, not ${v}.`);
    }
    const moreIn = options.moreIn ?? DEFAULT_MORE_IN;
    const paragraphs = (parts) => (parts ?? [])
        .map((p) => p.replace(/\s+$/, ''))
        .filter((p) => p !== '')
        .map((p) => `${p}\n\n`);
    const head = [
        options.marker === undefined ? '' : markerLine(options.marker),
        `## ${markdownText(options.title ?? 'exo-access-gate')}\n\n`,
        `${verdictLine(result, options)}\n\n`,
        ...paragraphs(options.notes)
    ];
    if (options.configChanged) {
        const file = options.configFile ? codeSpan(options.configFile) : 'the config file';
        head.push(`> [!WARNING]\n> This pull request changes the gate's own configuration, ${file}: its severities, ` +
            `suppressions and fail-on threshold decide what this check lets through. Review it as a change to the gate.\n\n`);
    }
    const extras = paragraphs(options.extraSections);
    const counts = `${countsLine(result)}\n\n`;
    const note = `${CLOSING_NOTE}\n`;
    const sections = findingSections(result, options);
    const whole = [
        ...head,
        ...extras,
        counts,
        ...sections.flatMap((s) => [s.open, ...s.rows, s.close]),
        note
    ].join('');
    if (whole.length <= maxChars && utf8Length(whole) <= maxBytes)
        return whole;
    // Cut: keep whole rows while there is room for what must follow them.
    const total = sections.reduce((n, s) => n + s.rows.length, 0);
    const suppressedTotal = sections.reduce((n, s) => n + (s.suppressed ? s.rows.length : 0), 0);
    // the longest the omission line can be: never more findings left out than there are
    const reserve = `${omissionLine(Math.max(total, 2), suppressedTotal, moreIn)}\n\n`;
    let out = '';
    let chars = 0;
    let bytes = 0;
    const fits = (...parts) => {
        let c = chars;
        let b = bytes;
        for (const p of parts) {
            c += p.length;
            b += utf8Length(p);
        }
        return c <= maxChars && b <= maxBytes;
    };
    const add = (p) => {
        out += p;
        chars += p.length;
        bytes += utf8Length(p);
    };
    for (const p of head)
        add(p);
    if (!fits(counts, note, reserve)) {
        throw new RangeError(`maxChars ${maxChars} / maxBytes ${maxBytes} leave no room for the verdict, the notes and the counts.`);
    }
    const tooLong = `_This section is too long to show here._\n\n`;
    for (const extra of extras) {
        if (fits(extra, counts, note, reserve))
            add(extra);
        else if (fits(tooLong, counts, note, reserve))
            add(tooLong);
    }
    add(counts);
    // Which rows to keep: the most severe first (then in file and line order), while they and the
    // headers and closings of their sections still fit; then written in the report's own order.
    const order = sections
        .flatMap((section, i) => section.rows.map((_, k) => ({ i, k, rank: section.ranks[k] ?? 0 })))
        .sort((a, b) => b.rank - a.rank || a.i - b.i || a.k - b.k);
    const kept = sections.map(() => new Set());
    let used = 0;
    let usedBytes = 0;
    const budget = (extra, extraBytes) => chars + used + extra + note.length + reserve.length <= maxChars &&
        bytes + usedBytes + extraBytes + utf8Length(note) + utf8Length(reserve) <= maxBytes;
    for (const { i, k } of order) {
        const section = sections[i];
        const row = section.rows[k];
        const opening = kept[i].size === 0 ? section.open + section.close : '';
        const c = row.length + opening.length;
        const b = utf8Length(row) + utf8Length(opening);
        if (!budget(c, b))
            break;
        kept[i].add(k);
        used += c;
        usedBytes += b;
    }
    let shown = 0;
    let shownSuppressed = 0;
    for (const [i, section] of sections.entries()) {
        const rows = section.rows.filter((_, k) => kept[i].has(k));
        if (rows.length === 0)
            continue;
        add(section.open + rows.join('') + section.close);
        shown += rows.length;
        if (section.suppressed)
            shownSuppressed += rows.length;
    }
    const left = total - shown;
    if (left > 0)
        add(`${omissionLine(left, suppressedTotal - shownSuppressed, moreIn)}\n\n`);
    add(note);
    return out;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/checks/index.ts + 41 modules
var checks = __nccwpck_require__(8134);
;// CONCATENATED MODULE: ./src/reporters/sarif.ts



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The `partialFingerprints` key: bump the version when the fingerprint's recipe changes. */
const FINGERPRINT_KEY = 'exoAccessGate/v1';
/** The `uriBaseId` of every result location: the repository root the file names are relative to. */
const SRCROOT = '%SRCROOT%';
const TOOL_NAME = 'exo-access-gate';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note'
};
/** SemVer 2.0.0 (semver.org's own expression); SARIF's `semanticVersion` must be one. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/**
 * Plain-text SARIF messages may carry embedded links, `[text](target)` (SARIF §3.11.6), which
 * GitHub renders as links. Untrusted text (rule names, values) must never make one, so literal
 * brackets and backslashes are backslash-escaped, as CodeQL itself does; control and invisible
 * characters become `\uXXXX` escapes, as in every other channel.
 */
function sarifText(text) {
    return (0,engine_display/* display */.Vy)(text, Number.MAX_SAFE_INTEGER).replace(/[\\[\]]/g, '\\$&');
}
/**
 * Characters JSON.stringify leaves raw that can hide or reorder text for a person reading the
 * log (DEL and C1 controls, line and paragraph separators, bidi and zero-width characters,
 * display()'s set): written as `\\uXXXX` JSON escapes, which decode to the same characters.
 * They can only occur inside strings (the JSON structure is ASCII), so this is lossless.
 */
const INVISIBLE = 
// eslint-disable-next-line no-misleading-character-class
/[\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff0-\ufffb]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** `C:\r\a.json`, `C:/r/a.json`: a Windows path with a drive letter, either separator. */
const DRIVE = /^[A-Za-z]:[\\/]/;
/** `\\server\share\a.json`: a Windows UNC path (a host name of letters, digits, `.`, `-`, `_`). */
const UNC = /^\\\\[A-Za-z0-9._-]+[\\/]/;
/**
 * A file name as a URI reference: each `/`-separated segment percent-encoded (spaces, `%`, `#`,
 * `?`, `:`, backslashes and non-ASCII included), `.` and empty segments dropped, `..` kept. The
 * engine gives repo-relative names with `/` on every platform, so in a relative name a backslash
 * is a character of a POSIX file name, not a separator. Such a name stays relative (with
 * `uriBaseId` %SRCROOT%). An absolute name (a file outside the workspace) becomes a `file:` URI:
 * `/home/u/a.json`, and Windows paths, whose backslashes are separators: `C:\r\a.json` →
 * `file:///C:/r/a.json`, `\\srv\share\a.json` → `file://srv/share/a.json`.
 */
function fileUri(file) {
    let name = file.replace(LONE_SURROGATE, '\ufffd');
    let prefix = '';
    if (UNC.test(name)) {
        const [host, ...rest] = name.slice(2).split(/[\\/]/);
        prefix = `file://${host}/`;
        name = rest.join('/');
    }
    else if (DRIVE.test(name)) {
        prefix = `file:///${name[0].toUpperCase()}:/`;
        name = name.slice(3).replace(/\\/g, '/');
    }
    else if (name.startsWith('/')) {
        prefix = 'file:///';
    }
    const path = name
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .map(encodeURIComponent)
        .join('/');
    return prefix ? { uri: prefix + path, relative: false } : { uri: path, relative: true };
}
/** `shadowed-rule` → `ShadowedRule`: SARIF's friendly rule name is one Pascal-case identifier. */
function pascalCase(slug) {
    return slug
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** Line numbers inside message data: keys named `line`/`…Line`, and "line 12" inside texts. */
const LINE_KEY = /line$/i;
const LINE_REF = /\bline \d+/g;
/**
 * What identifies a finding across runs: check, file, JSON Pointer, message template and its
 * values, with every line number taken out, so inserting or removing lines elsewhere in the
 * file (or reformatting it) keeps every fingerprint. Severity and suppression are left out too:
 * changing either keeps the alert. Distinct findings that agree on all of this (three copies of
 * one duplicate key) get an occurrence number, `:1`, `:2`…, in file order, as GitHub's own
 * `primaryLocationLineHash` does.
 */
function fingerprintBase(f) {
    const data = Object.keys(f.data)
        .filter((k) => !LINE_KEY.test(k))
        .sort()
        .map((k) => {
        const v = f.data[k];
        return [k, typeof v === 'string' ? v.replace(LINE_REF, 'line') : v];
    });
    const identity = JSON.stringify([f.id, fileUri(f.file).uri, f.pointer, f.messageId, data]);
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(identity, 'utf8').digest('hex').slice(0, 32);
}
function absoluteUrl(value, what) {
    try {
        return new URL(value).href;
    }
    catch {
        throw new Error(`sarif: ${what} must be an absolute URL, got ${JSON.stringify(value)}`);
    }
}
/** GitHub's limit on a rule's `shortDescription.text` and `fullDescription.text`, in characters. */
const MAX_DESCRIPTION = 1024;
/** The text, cut with `…` to at most `max` UTF-16 units (never inside a surrogate pair). */
function capText(text, max = MAX_DESCRIPTION) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff)
        end--;
    return text.slice(0, end) + '…';
}
/** A URL inside a Markdown link destination: parentheses and spaces encoded. */
const markdownUrl = (url) => url.replace(/[() ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
function rule(check, docsBase) {
    const helpUri = absoluteUrl(docsBase + check.id + '.md', 'docsBase');
    const severities = check.severities ? check.severities.join(' or ') : check.severity;
    const about = `Default severity: ${severities}. Category: ${check.category}.`;
    const page = 'why it matters, a failing and a passing example, and when to suppress it';
    return {
        id: check.id,
        name: pascalCase(check.slug),
        shortDescription: { text: capText(`${check.title}.`) },
        fullDescription: { text: capText(`${check.id} ${check.slug}: ${check.title}. ${about}`) },
        helpUri,
        help: {
            text: `${check.title}. ${about} The check's page says ${page}: ${helpUri}`,
            markdown: `**${check.id} ${check.slug}**: ${check.title}.\n\n${about}\n\nThe check's page, [${check.id} ${check.slug}](${markdownUrl(helpUri)}), says ${page}.`
        },
        defaultConfiguration: { level: LEVEL[check.severity] },
        properties: { tags: [check.category] }
    };
}
function physicalLocation(file, at) {
    const { uri, relative } = fileUri(file);
    return {
        artifactLocation: relative ? { uri, uriBaseId: SRCROOT } : { uri },
        region: {
            startLine: at.line,
            startColumn: at.column,
            endLine: at.endLine,
            endColumn: at.endColumn
        }
    };
}
function related(file, r, i) {
    return {
        id: i + 1,
        physicalLocation: physicalLocation(file, r),
        message: { text: sarifText(r.message) }
    };
}
/**
 * The SARIF log of one run: one `run`, `tool.driver.rules` = every registered check (in registry
 * order, so `ruleIndex` is stable), one result per finding in the result's order; suppressed
 * findings are results with an `external` suppression carrying the config file's reason.
 * Regions are 1-based with an exclusive end column in UTF-16 code units, exactly the finding's.
 */
function sarif(result, options) {
    const informationUri = absoluteUrl(options.informationUri, 'informationUri');
    const rules = checks/* CHECKS */.ui.map((c) => rule(c, options.docsBase));
    const ruleIndex = new Map(checks/* CHECKS */.ui.map((c, i) => [c.id, i]));
    const seen = new Map();
    const results = [];
    for (const file of result.files) {
        for (const f of file.findings) {
            const base = fingerprintBase(f);
            const n = (seen.get(base) ?? 0) + 1;
            seen.set(base, n);
            const index = ruleIndex.get(f.id);
            const r = {
                ruleId: f.id,
                ...(index === undefined ? {} : { ruleIndex: index }),
                level: LEVEL[f.severity],
                message: { text: sarifText(f.message) },
                locations: [{ physicalLocation: physicalLocation(f.file, f) }]
            };
            if (f.related?.length)
                r.relatedLocations = f.related.map((x, i) => related(f.file, x, i));
            r.partialFingerprints = { [FINGERPRINT_KEY]: `${base}:${n}` };
            if (f.suppressed) {
                r.suppressions = [
                    { kind: 'external', justification: (0,engine_display/* display */.Vy)(f.suppression?.reason ?? '', 1000) }
                ];
            }
            r.properties = { pointer: f.pointer };
            results.push(r);
        }
    }
    const driver = {
        name: TOOL_NAME,
        version: options.toolVersion,
        ...(SEMVER.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {}),
        informationUri,
        rules
    };
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver },
                originalUriBaseIds: {
                    [SRCROOT]: {
                        description: {
                            text: 'The root of the repository (the workspace) that the gate checked; every file name is relative to it.'
                        }
                    }
                },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
    return JSON.stringify(log, null, 2).replace(INVISIBLE, engine_display/* escapeUnit */.w$) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/stylish.ts


const stylish_plural = (n, word) => `${(0,digits/* groupDigits */.K)(n)} ${word}${n === 1 ? '' : 's'}`;
/**
 * The terminal report: findings grouped by file, one aligned line each, then the counts.
 * Pure: a result in, text out. Every untrusted string is already escaped (messages) or escaped
 * here (file names), so no control character reaches the terminal.
 */
function stylish(result) {
    const lines = [];
    for (const file of result.files) {
        if (file.findings.length === 0)
            continue;
        lines.push((0,engine_display/* display */.Vy)(file.file, 400));
        const rows = file.findings.map((f) => [
            `${f.line}:${f.column}`,
            f.suppressed ? `${f.severity} (suppressed)` : f.severity,
            f.suppressed && f.suppression
                ? `${f.message} Suppressed: ${(0,engine_display/* display */.Vy)(f.suppression.reason)}`
                : f.message,
            f.id
        ]);
        const w0 = Math.max(...rows.map((r) => r[0].length));
        const w1 = Math.max(...rows.map((r) => r[1].length));
        for (const r of rows)
            lines.push(`  ${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}  ${r[3]}`);
        lines.push('');
    }
    const s = result.summary;
    const problems = s.errors + s.warnings + s.notices;
    const checked = `${stylish_plural(s.files, 'file')} checked`;
    if (problems === 0 && s.suppressed === 0) {
        lines.push(`✔ ${checked}, no problems.`);
    }
    else {
        const counts = `${stylish_plural(s.errors, 'error')}, ${stylish_plural(s.warnings, 'warning')}, ${stylish_plural(s.notices, 'notice')}`;
        const suppressed = s.suppressed ? `, ${(0,digits/* groupDigits */.K)(s.suppressed)} suppressed` : '';
        lines.push(`${problems ? '✖' : '✔'} ${stylish_plural(problems, 'problem')} (${counts})${suppressed} in ${checked}.`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/io.ts
/** Exit codes of every command. */
const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 };

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/check.ts














const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'];
/** The gate's home page: SARIF's `tool.driver.informationUri` (the action's default too). */
const INFORMATION_URI = 'https://github.com/exo-access-gate/exo-access-gate';
const CHECK_HELP = `Usage: exo-access-gate check [paths…] [options]

Checks rule-set files. A path may be a file, a directory (every *.exo.json below it) or a glob.
With no path: the config file's "paths", else **/*.exo.json.

Options:
  --format <name>    ${FORMATS.join(' | ')} (default: stylish)
                       stylish   findings per file, for a terminal
                       json      every finding and the summary, as data
                       sarif     SARIF 2.1.0 for github/codeql-action/upload-sarif
                       markdown  a job summary (at most 1 MiB, as GitHub requires)
                       github    workflow commands: annotations in a GitHub Actions log
  --fail-on <level>  ${FAIL_ON_VALUES.join(' | ')} (default: the config file's failOn, else error)
  --config <file>    the config file (default: .exo-access-gate.json when it exists)
  --output <file>    write the report to a file instead of standard output
  -h, --help         show this help

Exit codes: 0 pass, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error.
`;
/** `check`: run the gate and print the report. */
async function check(args, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string' },
            'fail-on': { type: 'string' },
            config: { type: 'string' },
            output: { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help) {
        io.stdout(CHECK_HELP);
        return EXIT.pass;
    }
    const format = values.format ?? 'stylish';
    if (!FORMATS.includes(format)) {
        throw new engine_errors/* UsageError */.e(`Unknown format ${JSON.stringify(format)}; use one of: ${FORMATS.join(', ')}.`);
    }
    const failOn = values['fail-on'];
    if (failOn !== undefined && !FAIL_ON_VALUES.includes(failOn)) {
        throw new engine_errors/* UsageError */.e(`Unknown --fail-on level ${JSON.stringify(failOn)}; use one of: ${FAIL_ON_VALUES.join(', ')}.`);
    }
    let shown = false;
    const outcome = await runGate({
        root: io.cwd,
        paths: positionals,
        ...(values.config !== undefined ? { config: values.config } : {}),
        ...(failOn !== undefined ? { failOn: failOn } : {}),
        progress: (done, total) => {
            if (!io.isTty || total < 300)
                return;
            if (done % 100 === 0 || done === total) {
                io.stderr(`\rChecked ${done}/${total} files`);
                shown = true;
            }
        }
    });
    if (shown)
        io.stderr('\n');
    // EXO_ACCESS_GATE_DEBUG=threads: how the work was split (the benchmark prints it)
    if (/\bthreads\b/.test(io.env.EXO_ACCESS_GATE_DEBUG ?? '')) {
        io.stderr(`exo-access-gate: ${outcome.result.summary.files} files checked on ${outcome.threads} ${outcome.threads === 1 ? 'thread' : 'threads'}\n`);
    }
    const text = report(format, outcome);
    if (values.output !== undefined)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, values.output), text);
    else
        io.stdout(text);
    if (outcome.configInvalid) {
        io.stderr(`exo-access-gate: the config file ${JSON.stringify(outcome.configFile)} is not valid (EXO902); the built-in defaults were used.\n`);
        return EXIT.usage;
    }
    return outcome.verdict === 'fail' ? EXIT.fail : EXIT.pass;
}
/** The report of a run in one format. Every reporter is pure; this only picks one and its options. */
function report(format, outcome) {
    const { result } = outcome;
    switch (format) {
        case 'stylish':
            return stylish(result);
        case 'json':
            return json(result, outcome.verdict);
        case 'sarif':
            return sarif(result, {
                toolVersion: package_namespaceObject.rE,
                informationUri: INFORMATION_URI,
                docsBase: engine_findings/* DOCS_BASE */.M0
            });
        case 'markdown':
            // Meant for $GITHUB_STEP_SUMMARY, where a step's summary over 1 MiB is dropped whole: the
            // report is cut at a whole row to fit, and says how many findings are left out and where.
            return markdown(result, {
                docsBase: engine_findings/* DOCS_BASE */.M0,
                maxChars: Number.MAX_SAFE_INTEGER,
                maxBytes: JOB_SUMMARY_MAX_BYTES,
                verdict: outcome.verdict,
                failOn: outcome.failOn
            });
        case 'github':
            return github(result, { moreIn: 'the output of exo-access-gate check' });
    }
}

// EXTERNAL MODULE: ./src/model/analysis.ts
var model_analysis = __nccwpck_require__(7211);
// EXTERNAL MODULE: ./src/model/constants.ts
var constants = __nccwpck_require__(9756);
;// CONCATENATED MODULE: ./src/model/diff-text.ts

/** The terminal's style (and the `text` of every change): untrusted text in double quotes, display-safe. */
const PLAIN = {
    text: (s) => s,
    quote: (s) => `"${(0,engine_display/* display */.Vy)(s)}"`
};
/** Renders parts in a style; adjacent trusted pieces are escaped together. */
function renderParts(parts, style) {
    let out = '';
    let trusted = '';
    for (const p of parts) {
        if (typeof p === 'string')
            trusted += p;
        else {
            if (trusted)
                out += style.text(trusted);
            trusted = '';
            out += style.quote(p.untrusted);
        }
    }
    return trusted ? out + style.text(trusted) : out;
}
/** How many items of one list a statement names before it says "and N more". */
const SHOWN = 5;
const q = (s) => ({ untrusted: s });
/** `a`, `a and b`, `a, b and c`; past `SHOWN` items, `a, b, c, d, e and N more <noun>`. */
function listParts(items, noun = '', conj = 'and') {
    const shown = items.slice(0, SHOWN);
    const rest = items.length - shown.length;
    const out = [];
    shown.forEach((item, i) => {
        if (i > 0)
            out.push(rest === 0 && i === shown.length - 1 ? ` ${conj} ` : ', ');
        out.push(...item);
    });
    if (rest > 0)
        out.push(` ${conj} ${rest} more${noun ? ' ' + noun : ''}`);
    return out;
}
/** The protocols of a region: listed, or "every protocol (except …)" when that is shorter. */
function protocolParts(protocols, universe) {
    const missing = universe.filter((p) => !protocols.includes(p));
    if (universe.length > 2 && missing.length === 0)
        return ['every protocol'];
    if (universe.length >= 6 && missing.length <= 3 && protocols.length > missing.length) {
        return ['every protocol except ', ...listParts(missing.map((p) => [p]))];
    }
    return listParts(protocols.map((p) => [p]));
}
/** One address range; a whole family in words. */
function rangeText(r) {
    if (r.text === '0.0.0.0/0')
        return 'any IPv4 address';
    if (r.text === '::/0')
        return 'any IPv6 address';
    return r.text;
}
/** `"a"`, `"a" or "b"`, `any of "a", "b", "c"` (or the negated forms). */
function patternParts(patterns, holds) {
    const list = (conj) => listParts(patterns.map((p) => [q(p)]), 'patterns', conj);
    if (holds) {
        if (patterns.length <= 2)
            return ['matching ', ...list('or')];
        return ['matching any of ', ...list('or')];
    }
    if (patterns.length === 1)
        return ['not matching ', q(patterns[0])];
    if (patterns.length === 2)
        return ['matching neither ', q(patterns[0]), ' nor ', q(patterns[1])];
    return ['matching none of ', ...list('and')];
}
/** One predicate taking one value, after "for users ". */
function termParts(p, holds) {
    if (p.kind === 'username')
        return patternParts(p.text, holds);
    return holds ? ['where ', q(p.text[0])] : ['where ', q(p.text[0]), ' does not hold'];
}
/** A predicate named in a condition that needs several of them. */
function namedParts(p) {
    if (p.kind === 'filter')
        return ['the filter ', q(p.text[0])];
    return ['usernames ', ...patternParts(p.text, true)];
}
/** The most terms a condition states as a conjunction; past that it names its predicates. */
const MAX_TERMS = 2;
/**
 * The condition of a change, with its leading space; empty when it holds for every user. Exact
 * when one predicate, or two at once, describe it (`for users matching "*admin*"`, `for users
 * matching "*admin*" and where "Department -eq 'IT'" does not hold`); otherwise it says that it
 * depends on several conditions and names them (the exact cubes are in `anyOf`).
 */
function conditionParts(condition) {
    const cubes = condition.anyOf;
    if (cubes.length === 1 && cubes[0].length === 0)
        return [];
    if (cubes.length === 1 && cubes[0].length <= MAX_TERMS) {
        const terms = cubes[0].map((t) => termParts(t.predicate, t.holds));
        const out = [' for users '];
        terms.forEach((t, i) => {
            if (i > 0)
                out.push(' and ');
            out.push(...t);
        });
        return out;
    }
    const seen = new Map();
    for (const cube of cubes)
        for (const t of cube)
            seen.set(t.predicate.id, t.predicate);
    const named = [...seen.values()].sort((a, b) => a.id - b.id).map(namedParts);
    return [
        ' for some users, depending on several username and filter conditions: ',
        ...listParts(named, 'conditions')
    ];
}
/** The address part of a region: "anywhere", "anywhere except …" or the ranges. */
function addressParts(region) {
    if (region.addresses === 'anywhere')
        return ['anywhere'];
    const list = (ranges) => listParts(ranges.map((r) => [rangeText(r)]), 'ranges');
    if (region.except)
        return ['anywhere except ', ...list(region.except)];
    return list(region.addresses);
}
/** A region in words: `OutlookWebApp with BasicAuthentication from 203.0.113.0/24 for users …`. */
function regionParts(region, universe) {
    const out = protocolParts(region.protocols, universe);
    if (region.authenticationTypes !== 'any') {
        out.push(' with ', ...listParts(region.authenticationTypes.map((a) => [a]), '', 'or'));
    }
    if (region.middleTier === true)
        out.push(' via a middle-tier app');
    else if (region.middleTier === false)
        out.push(' not via a middle-tier app');
    out.push(' from ', ...addressParts(region));
    out.push(...conditionParts(region.condition));
    return out;
}
/** `"Name", line 6` (the line when known). */
function ruleParts(rule) {
    return rule.line === undefined ? [q(rule.name)] : [q(rule.name), `, line ${rule.line}`];
}
/** What decides, before and after, in the parenthesis of a statement; empty when nothing does. */
function decidersParts(old, now) {
    const out = [];
    if (old.rule && now.rule && old.rule.name === now.rule.name) {
        out.push('still decided by ', ...ruleParts(now.rule));
    }
    else if (now.rule) {
        out.push('now decided by ', ...ruleParts(now.rule));
        if (old.rule)
            out.push('; was ', ...ruleParts(old.rule));
    }
    else if (old.rule) {
        out.push('no longer decided by ', ...ruleParts(old.rule));
    }
    if (old.ungoverned)
        out.push(out.length ? '; ' : '', 'not governed by client access rules before');
    if (now.ungoverned)
        out.push(out.length ? '; ' : '', 'no longer governed by client access rules');
    return out;
}
/**
 * One change as a statement, e.g. `OutlookWebApp from 203.0.113.0/24: AllowAccess → DenyAccess
 * (now decided by "Block OWA", line 6)` or `POP3 from anywhere for users matching "*admin*":
 * still AllowAccess (no longer decided by "Legacy POP", line 4)`.
 */
function accessStatement(change, universe, style = PLAIN) {
    const parts = [...regionParts(change.region, universe), ': '];
    if (change.kind === 'reassigns')
        parts.push(`still ${change.new.action}`);
    else
        parts.push(`${change.old.action} → ${change.new.action}`);
    const deciders = decidersParts(change.old, change.new);
    if (deciders.length)
        parts.push(' (', ...deciders, ')');
    return renderParts(parts, style);
}
/** A region the model could not compare: too many username and filter conditions meet there. */
function unknownStatement(unknown, universe, maxPredicates, style = PLAIN) {
    return renderParts([
        ...regionParts(unknown.region, universe),
        `: not compared; more than ${maxPredicates} username and filter conditions meet here, so the effect is unknown`
    ], style);
}

;// CONCATENATED MODULE: ./src/model/diff-devices.ts


const DEFAULT_POINTER = '/ActiveSyncOrganizationSettings/DefaultAccessLevel';
const keyOf = (r) => `${r.characteristic}\0${r.queryString.toLowerCase()}`;
function sideOf(ruleSet, version, line) {
    const side = { byKey: new Map(), all: [] };
    for (const r of ruleSet?.deviceAccessRules ?? []) {
        const ref = {
            characteristic: r.characteristic,
            queryString: r.queryString,
            accessLevel: r.accessLevel,
            pointer: r.pointer,
            version
        };
        const at = line?.(r.pointer + '/QueryString');
        if (at !== undefined)
            ref.line = at;
        const key = keyOf(r);
        const list = side.byKey.get(key);
        if (list)
            list.push(ref);
        else
            side.byKey.set(key, [ref]);
        side.all.push(ref);
    }
    if (ruleSet?.defaultAccessLevel !== undefined) {
        side.defaultAccessLevel = ruleSet.defaultAccessLevel;
        const at = line?.(DEFAULT_POINTER);
        if (at !== undefined)
            side.line = at;
    }
    return side;
}
const levelsOf = (rules) => constants/* ACCESS_LEVELS */.FF.filter((l) => rules.some((r) => r.accessLevel === l));
/** The level a version gives the devices of one key (or, with no key, the unmatched devices). */
function levelOf(side, key) {
    const rules = key === undefined ? undefined : side.byKey.get(key);
    if (rules)
        return { levels: levelsOf(rules), by: 'rule', rules };
    const level = {
        levels: [side.defaultAccessLevel ?? 'Allow'],
        by: 'default',
        rules: []
    };
    if (side.defaultAccessLevel !== undefined)
        level.defaultAccessLevel = side.defaultAccessLevel;
    if (side.line !== undefined)
        level.line = side.line;
    return level;
}
const sameLevel = (a, b) => a.by === b.by && a.levels.join() === b.levels.join();
function kindOf(old, now) {
    const allowed = (l) => l.levels.includes('Allow');
    const denied = (l) => l.levels.some((x) => x !== 'Allow');
    if (allowed(now) && denied(old))
        return 'opens';
    if (denied(now) && allowed(old))
        return 'closes';
    return 'reassigns';
}
/** Rules of other characteristics on a version, with a level this key's rules do not give. */
function othersOf(side, level, characteristic) {
    if (level.by !== 'rule')
        return [];
    return side.all.filter((r) => r.characteristic !== characteristic && !level.levels.includes(r.accessLevel));
}
/** The device changes between two versions; opens first, then closes, then reassigns. */
function diffDevices(base, head, lines = {}) {
    const old = sideOf(base, 'old', lines.baseLine);
    const now = sideOf(head, 'new', lines.headLine);
    const out = [];
    const make = (devices, o, n, alsoMatched) => {
        const change = {
            kind: kindOf(o, n),
            devices,
            old: o,
            new: n,
            unconfirmed: o.levels.length > 1 || n.levels.length > 1 || alsoMatched.length > 0,
            alsoMatched,
            text: ''
        };
        change.text = deviceStatement(change);
        out.push(change);
    };
    const unmatchedOld = levelOf(old, undefined);
    const unmatchedNew = levelOf(now, undefined);
    if (!sameLevel(unmatchedOld, unmatchedNew))
        make('unmatched', unmatchedOld, unmatchedNew, []);
    const keys = new Map();
    for (const r of [...now.all, ...old.all])
        if (!keys.has(keyOf(r)))
            keys.set(keyOf(r), r);
    for (const [key, first] of keys) {
        const o = levelOf(old, key);
        const n = levelOf(now, key);
        if (sameLevel(o, n))
            continue;
        const seen = new Set();
        const alsoMatched = [
            ...othersOf(now, n, first.characteristic),
            ...othersOf(old, o, first.characteristic)
        ].filter((r) => {
            const k = keyOf(r) + '\0' + r.accessLevel;
            if (seen.has(k))
                return false;
            seen.add(k);
            return true;
        });
        make({ characteristic: first.characteristic, queryString: first.queryString }, o, n, alsoMatched);
    }
    const rank = { opens: 0, closes: 1, reassigns: 2 };
    const devicesOrder = (d) => d === 'unmatched'
        ? [-1, '']
        : [constants/* CHARACTERISTICS */.nF.indexOf(d.characteristic), d.queryString.toLowerCase()];
    out.sort((a, b) => {
        const [ca, qa] = devicesOrder(a.devices);
        const [cb, qb] = devicesOrder(b.devices);
        return rank[a.kind] - rank[b.kind] || ca - cb || (qa < qb ? -1 : qa > qb ? 1 : 0);
    });
    return out;
}
const diff_devices_q = (s) => ({ untrusted: s });
function levelParts(level) {
    return [level.levels.join(' or ')];
}
/** What sets a version's level: a device rule, several (conflicting or not), or DefaultAccessLevel. */
function sourceParts(level) {
    if (level.by === 'default') {
        if (level.defaultAccessLevel === undefined)
            return ['DefaultAccessLevel, not set'];
        return [
            level.line === undefined ? 'DefaultAccessLevel' : `DefaultAccessLevel, line ${level.line}`
        ];
    }
    const lines = level.rules.map((r) => r.line).filter((l) => l !== undefined);
    if (level.rules.length === 1) {
        return [lines.length ? `the device rule at line ${lines[0]}` : 'a device rule'];
    }
    const at = lines.length ? ` at lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}` : '';
    if (level.levels.length === 1)
        return [`the device rules${at}`];
    return [`the conflicting device rules${at}, and which one Exchange applies is unconfirmed`];
}
/** The devices of a change in words. */
function devicesParts(devices) {
    if (devices === 'unmatched')
        return ['ActiveSync devices that no device rule matches'];
    return [`ActiveSync devices whose ${devices.characteristic} is `, diff_devices_q(devices.queryString)];
}
/**
 * One device change as a statement, e.g. `ActiveSync devices whose DeviceType is "Outlook": Allow
 * → Block (now the device rule at line 12; was DefaultAccessLevel, not set)`.
 */
function deviceStatement(change, style = PLAIN) {
    const { old, new: now } = change;
    const parts = [...devicesParts(change.devices), ': '];
    if (change.kind === 'reassigns' && old.levels.join() === now.levels.join()) {
        parts.push('still ', ...levelParts(now));
    }
    else
        parts.push(...levelParts(old), ' → ', ...levelParts(now));
    if (old.by === now.by)
        parts.push(' (', ...sourceParts(now), ')');
    else
        parts.push(' (now ', ...sourceParts(now), '; was ', ...sourceParts(old), ')');
    if (change.alsoMatched.length) {
        const shown = change.alsoMatched.slice(0, SHOWN);
        parts.push('; which level a device also matched by ');
        shown.forEach((r, i) => {
            if (i > 0)
                parts.push(i === shown.length - 1 && shown.length === change.alsoMatched.length ? ' or ' : ', ');
            parts.push(`${r.characteristic} `, diff_devices_q(r.queryString), ` (${r.accessLevel}${r.version === 'old' ? ' before' : ''})`);
        });
        const rest = change.alsoMatched.length - shown.length;
        if (rest > 0)
            parts.push(` or ${rest} more device rules`);
        parts.push(' gets is unconfirmed');
    }
    return renderParts(parts, style);
}

// EXTERNAL MODULE: ./src/model/ip.ts
var ip = __nccwpck_require__(7240);
// EXTERNAL MODULE: ./src/model/model.ts
var model_model = __nccwpck_require__(9860);
;// CONCATENATED MODULE: ./src/model/diff.ts






/** The two protocols whose opening the summaries call out. */
const ADMIN_PROTOCOLS = ['RemotePowerShell', 'ExchangeAdminCenter'];
/** The key model.ts numbers a predicate by: the same set of patterns in any order or case is one. */
function predicateKey(p) {
    return p.kind === 'username'
        ? 'u\0' + [...new Set(p.text.map((t) => t.toLowerCase()))].sort().join('\0')
        : 'f\0' + p.text[0];
}
/** Numbers the predicates of both versions once (head first, so its spelling is the one shown). */
class JointPredicates {
    list = [];
    byKey = new Map();
    /** Joint ID of each predicate of a model. */
    add(model) {
        return (model?.predicates ?? []).map((p) => {
            const key = predicateKey(p);
            let id = this.byKey.get(key);
            if (id === undefined) {
                id = this.list.length;
                this.list.push({ id, kind: p.kind, text: p.text });
                this.byKey.set(key, id);
            }
            return id;
        });
    }
}
function diff_sideOf(ruleSet, model, target, ids, intern, line) {
    const rules = (model?.rules ?? []).map((rule) => {
        const hold = [];
        if (rule.users && rule.users !== 'always')
            hold.push(ids[rule.users.id]);
        if (rule.filter)
            hold.push(ids[rule.filter.id]);
        const fail = rule.exceptUsers && rule.exceptUsers !== 'always' ? ids[rule.exceptUsers.id] : -1;
        const never = rule.exceptUsers === 'always' || (fail >= 0 && hold.includes(fail));
        const pointer = rule.rule.pointer;
        const ref = { name: rule.name, pointer };
        const at = line?.(pointer + '/Name');
        if (at !== undefined)
            ref.line = at;
        if (rule.rule.priority !== undefined)
            ref.priority = rule.rule.priority;
        hold.sort((a, b) => a - b);
        return {
            rule,
            hold,
            fail,
            never,
            unconditional: hold.length === 0 && fail < 0,
            sig: intern(`${rule.name}\0${rule.action}\0${hold.join(',')}\0${fail}`),
            ref
        };
    });
    return {
        governed: new Set(ruleSet ? (0,constants/* protocolsOf */.LE)(target) : constants/* PROTOCOLS */.yv),
        rules
    };
}
/** The starts of the joint elementary intervals of one family: every IP boundary of both versions. */
function jointBoundaries(rules, family) {
    return (0,model_analysis/* boundaries */.lR)(rules.map((r) => r.rule), family);
}
/**
 * An exact cover of a set of assignments (bit masks over `bits` predicates) by cubes: at each
 * step, split on the lowest-numbered predicate the (restricted) set depends on, skipping those it
 * does not depend on. The cover depends only on the set, so equal sets give equal covers and
 * adjacent regions merge; a set that one pinned predicate describes gives one cube of one term.
 * Works on the list of members, so a small set costs little however many predicates are in play.
 */
function cover(members, bits) {
    const out = [];
    // a member's neighbour across a free bit agrees with it on the fixed bits, so whether the
    // neighbour is in the restricted set is whether it is in the whole set
    const member = new Uint8Array(1 << bits);
    for (const m of members)
        member[m] = 1;
    const visit = (list, free, terms) => {
        if (list.length === 0)
            return;
        // members are distinct, so the set is the whole restricted space exactly when it has them all
        let freeCount = 0;
        for (let b = 0; b < bits; b++)
            if (free & (1 << b))
                freeCount++;
        if (list.length === 2 ** freeCount) {
            out.push(terms);
            return;
        }
        for (let b = 0; b < bits; b++) {
            const bit = 1 << b;
            if (!(free & bit))
                continue;
            if (list.every((m) => member[m ^ bit]))
                continue;
            const ones = [];
            const zeros = [];
            for (const m of list)
                (m & bit ? ones : zeros).push(m);
            visit(ones, free & ~bit, [...terms, [b, true]]);
            visit(zeros, free & ~bit, [...terms, [b, false]]);
            return;
        }
    };
    visit(members, (1 << bits) - 1, []);
    return out;
}
/** The first rule of `list` that matches under `mask`; -1 = none. */
function deciderOf(list, mask) {
    for (let i = 0; i < list.length; i++) {
        const m = list[i];
        if ((mask & m.need) === m.need && (mask & m.fail) === 0)
            return i;
    }
    return -1;
}
/**
 * Where two candidate lists (each the rules that can decide in one joint region, in order, up to
 * the first one with no predicate) decide differently: one group per (old, new) decider pair.
 */
function diff_compare(oldList, newList, oldUngoverned, newUngoverned, maxPredicates) {
    const ids = new Set();
    for (const r of [...oldList, ...newList]) {
        for (const id of r.hold)
            ids.add(id);
        if (r.fail >= 0)
            ids.add(r.fail);
    }
    if (ids.size > maxPredicates) {
        return [{ key: 'unknown', oldUngoverned, newUngoverned, cubes: [[]], unknown: true }];
    }
    const preds = [...ids].sort((a, b) => a - b);
    const bit = new Map(preds.map((id, i) => [id, 1 << i]));
    const masks = (list) => list.map((r) => ({
        need: r.hold.reduce((m, id) => m | bit.get(id), 0),
        fail: r.fail >= 0 ? bit.get(r.fail) : 0
    }));
    const oldMasks = masks(oldList);
    const newMasks = masks(newList);
    const size = 1 << preds.length;
    const members = new Map();
    const width = newList.length + 1;
    for (let mask = 0; mask < size; mask++) {
        const o = deciderOf(oldMasks, mask);
        const n = deciderOf(newMasks, mask);
        const oldRule = oldList[o]?.rule;
        const newRule = newList[n]?.rule;
        if ((oldRule?.action ?? 'AllowAccess') === (newRule?.action ?? 'AllowAccess') &&
            oldRule?.name === newRule?.name)
            continue;
        const k = (o + 1) * width + n + 1;
        let entry = members.get(k);
        if (!entry)
            members.set(k, (entry = { o, n, member: [] }));
        entry.member.push(mask);
    }
    return [...members.values()].map(({ o, n, member }) => {
        const cubes = cover(member, preds.length).map((cube) => cube.map(([b, v]) => [preds[b], v]));
        const oldRule = oldList[o];
        const newRule = newList[n];
        const cubeKey = cubes.map((c) => c.map(([id, v]) => (v ? '+' : '-') + id).join('&')).join('|');
        return {
            key: `${oldRule?.rule.position ?? -1}:${newRule?.rule.position ?? -1}:${+oldUngoverned}${+newUngoverned}:${cubeKey}`,
            old: oldRule,
            new: newRule,
            oldUngoverned,
            newUngoverned,
            cubes
        };
    });
}
/** True when two lists hold the same rules in the same order. */
function sameList(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** Candidate rules active at each point of the address line, as a bitset per version. */
function scan(words, rules) {
    const list = [];
    for (let w = 0; w < words.length; w++) {
        let bits = words[w];
        while (bits) {
            const low = bits & -bits;
            const c = (w << 5) + 31 - Math.clz32(low);
            bits ^= low;
            const r = rules[c];
            list.push(r);
            if (r.unconditional)
                return list;
        }
    }
    return list;
}
/** Compiles both versions and splits the connection space for both at once. */
function jointOf(base, head, options) {
    const oldTarget = base?.target ?? head?.target ?? 'ExchangeOnline';
    const newTarget = head?.target ?? oldTarget;
    const oldModel = base ? (0,model_model/* buildModel */.yK)(base, options.maxDepth) : undefined;
    const newModel = head ? (0,model_model/* buildModel */.yK)(head, options.maxDepth) : undefined;
    const predicates = new JointPredicates();
    const newIds = predicates.add(newModel);
    const oldIds = predicates.add(oldModel);
    const sigs = new Map();
    const intern = (key) => {
        let s = sigs.get(key);
        if (s === undefined)
            sigs.set(key, (s = sigs.size));
        return s;
    };
    const sides = [
        diff_sideOf(base, oldModel, oldTarget, oldIds, intern, options.baseLine),
        diff_sideOf(head, newModel, newTarget, newIds, intern, options.headLine)
    ];
    const universe = constants/* PROTOCOLS */.yv.filter((p) => (base !== undefined && (0,constants/* protocolsOf */.LE)(oldTarget).includes(p)) ||
        (head !== undefined && (0,constants/* protocolsOf */.LE)(newTarget).includes(p)));
    const all = [...sides[0].rules, ...sides[1].rules];
    const bases = (0,model_analysis/* basesOf */.cF)(universe, all.map(({ rule }) => rule));
    return {
        sides,
        predicates: predicates.list,
        universe,
        bases,
        starts: { 4: jointBoundaries(all, 4), 6: jointBoundaries(all, 6) },
        ranges: new Map()
    };
}
/** The rules of both versions turning on (+1) and off (-1) along one family's line, in order. */
function eventsOf(joint, family) {
    const n = joint.starts[family].length;
    const events = [];
    joint.sides.forEach((side, s) => side.rules.forEach((r, i) => {
        if (r.never || !r.rule.enabled)
            return;
        for (const [a, b] of (0,model_analysis/* rangesIn */.cv)(r.rule, joint.starts[family], family)) {
            events.push([a, 1, s, i]);
            if (b + 1 < n)
                events.push([b + 1, -1, s, i]);
        }
    }));
    return events.sort((x, y) => x[0] - y[0]);
}
/**
 * Sweeps every base and family along the joint address line: at each point where a candidate
 * rule of either version turns on or off, the candidate lists of both versions are compared
 * (each distinct pair once), and every group of differing deciders extends its runs.
 */
function sweep(joint, maxPredicates) {
    const { sides, bases, starts } = joint;
    const accumulated = new Map();
    const cache = new Map();
    for (const family of [4, 6]) {
        const n = starts[family].length;
        const events = eventsOf(joint, family);
        bases.forEach((base, baseIndex) => {
            const ungoverned = sides.map((side) => !side.governed.has(base.protocol));
            const candidate = sides.map((side, s) => side.rules.map((r) => !ungoverned[s] && !r.never && model_analysis/* Analysis */.ht.baseMatches(r.rule, base)));
            if (!candidate[0].some(Boolean) && !candidate[1].some(Boolean))
                return;
            const mine = events.filter(([, , s, i]) => candidate[s][i]);
            const words = sides.map((side) => new Uint32Array((side.rules.length + 31) >>> 5));
            let e = 0;
            // an event past the first rule without predicates leaves both lists as they were
            let previous;
            for (let at = 0; at < n;) {
                while (e < mine.length && mine[e][0] === at) {
                    const [, delta, s, c] = mine[e];
                    if (delta > 0)
                        words[s][c >>> 5] |= 1 << (c & 31);
                    else
                        words[s][c >>> 5] &= ~(1 << (c & 31));
                    e++;
                }
                const next = e < mine.length ? mine[e][0] : n;
                const oldList = scan(words[0], sides[0].rules);
                const newList = scan(words[1], sides[1].rules);
                let groups;
                if (previous && sameList(previous[0], oldList) && sameList(previous[1], newList)) {
                    groups = previous[2];
                }
                else if (oldList.length === newList.length &&
                    oldList.every((r, i) => r.sig === newList[i].sig)) {
                    groups = [];
                }
                else {
                    const positions = (list) => list.map((r) => r.rule.position).join(',');
                    const key = `${positions(oldList)}|${positions(newList)}|${+ungoverned[0]}${+ungoverned[1]}`;
                    let cached = cache.get(key);
                    if (!cached) {
                        cached = diff_compare(oldList, newList, ungoverned[0], ungoverned[1], maxPredicates);
                        cache.set(key, cached);
                    }
                    groups = cached;
                }
                previous = [oldList, newList, groups];
                for (const group of groups) {
                    let acc = accumulated.get(group.key);
                    if (!acc)
                        accumulated.set(group.key, (acc = { group, bases: new Map() }));
                    let runs = acc.bases.get(baseIndex);
                    if (!runs)
                        acc.bases.set(baseIndex, (runs = { 4: [], 6: [] }));
                    const list = runs[family];
                    const last = list[list.length - 1];
                    if (last && last[1] === at - 1)
                        last[1] = next - 1;
                    else
                        list.push([at, next - 1]);
                }
                at = next;
            }
        });
    }
    return accumulated;
}
/** How a version decides the connections of a group. */
function decisionOf(r, ungoverned) {
    const d = { action: r?.rule.action ?? 'AllowAccess' };
    if (r)
        d.rule = { ...r.ref };
    if (ungoverned)
        d.ungoverned = true;
    return d;
}
const KIND_RANK = { opens: 0, closes: 1, reassigns: 2 };
/**
 * The semantic diff of two versions of a rule set; either may be undefined (a file added or
 * deleted: on that side no rule decides anything, so every connection is allowed).
 */
function diffRuleSets(base, head, options = {}) {
    const maxPredicates = options.maxPredicates ?? model_analysis/* MAX_PREDICATES */.eu;
    const joint = jointOf(base, head, options);
    const { universe } = joint;
    const changes = [];
    const unknown = [];
    for (const { group, region } of buildChanges(sweep(joint, maxPredicates), joint)) {
        if (group.unknown) {
            const u = { region, text: '' };
            u.text = unknownStatement(u, universe, maxPredicates);
            unknown.push(u);
            continue;
        }
        const old = decisionOf(group.old, group.oldUngoverned);
        const now = decisionOf(group.new, group.newUngoverned);
        const kind = old.action === now.action ? 'reassigns' : now.action === 'AllowAccess' ? 'opens' : 'closes';
        const change = {
            kind,
            region,
            old,
            new: now,
            adminOpened: kind === 'opens' && region.protocols.some((p) => ADMIN_PROTOCOLS.includes(p)),
            text: ''
        };
        change.text = accessStatement(change, universe);
        changes.push(change);
    }
    changes.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        +b.adminOpened - +a.adminOpened ||
        regionOrder(a.region, b.region) ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    unknown.sort((a, b) => regionOrder(a.region, b.region));
    const target = {};
    if (base)
        target.old = base.target;
    if (head)
        target.new = head.target;
    return {
        target,
        protocols: universe,
        predicates: joint.predicates,
        changes,
        unknown,
        devices: diffDevices(base, head, options),
        maxPredicates
    };
}
const protocolRank = (p) => constants/* PROTOCOLS */.yv.indexOf(p);
/** Orders regions by first protocol, then by first address, then by condition. */
function regionOrder(a, b) {
    const pa = protocolRank(a.protocols[0]);
    const pb = protocolRank(b.protocols[0]);
    if (pa !== pb)
        return pa - pb;
    const first = (r) => (r.addresses === 'anywhere' ? undefined : r.addresses[0]);
    const fa = first(a);
    const fb = first(b);
    if (fa && fb) {
        if (fa.family !== fb.family)
            return fa.family - fb.family;
        const va = addressValue(fa);
        const vb = addressValue(fb);
        if (va !== vb)
            return va < vb ? -1 : 1;
    }
    else if (fa || fb)
        return fa ? 1 : -1;
    return a.condition.text < b.condition.text ? -1 : a.condition.text > b.condition.text ? 1 : 0;
}
/** The numeric value of a range's first address (kept beside the text while building). */
const VALUES = new WeakMap();
const addressValue = (r) => VALUES.get(r) ?? 0n;
/**
 * Turns the accumulated groups into regions: the bases holding the same addresses are factored
 * into products of protocols × auth types × middle-tier, protocols with the same factors share one
 * statement.
 */
function buildChanges(accumulated, joint) {
    const { bases, universe, predicates } = joint;
    const out = [];
    for (const { group, bases: perBase } of accumulated.values()) {
        const byAddresses = new Map();
        for (const [baseIndex, runs] of perBase) {
            const key = `${runs[4].map((r) => r.join('-')).join(',')}/${runs[6].map((r) => r.join('-')).join(',')}`;
            let entry = byAddresses.get(key);
            if (!entry)
                byAddresses.set(key, (entry = { runs, bases: [] }));
            entry.bases.push(baseIndex);
        }
        const condition = conditionOf(group.cubes, predicates);
        for (const { runs, bases: indices } of byAddresses.values()) {
            const addresses = addressesOf(runs, joint);
            const except = exceptOf(runs, joint);
            const addressText = addresses === 'anywhere'
                ? 'anywhere'
                : except
                    ? `anywhere except ${except.map((r) => r.text).join(', ')}`
                    : addresses.map((r) => r.text).join(', ');
            for (const product of factor(indices, bases, universe)) {
                const region = { ...product, addresses, addressText, condition };
                if (except)
                    region.except = except;
                out.push({ group, region });
            }
        }
    }
    return out;
}
/** The condition of a group, with its predicates and its text. */
function conditionOf(cubes, predicates) {
    const anyOf = cubes.map((cube) => cube.map(([id, holds]) => ({ predicate: predicates[id], holds })));
    return { anyOf, text: conditionText(anyOf) };
}
/** The gaps between runs of elementary intervals, within one family's line of `n` intervals. */
function gaps(runs, n) {
    const out = [];
    let at = 0;
    for (const [a, b] of runs) {
        if (a > at)
            out.push([at, a - 1]);
        at = b + 1;
    }
    if (at < n)
        out.push([at, n - 1]);
    return out;
}
/** The region's complement, when it holds both families and the complement is shorter. */
function exceptOf(runs, joint) {
    const { starts } = joint;
    if (!runs[4].length || !runs[6].length)
        return undefined;
    const complement = { 4: gaps(runs[4], starts[4].length), 6: gaps(runs[6], starts[6].length) };
    const size = (r) => r[4].length + r[6].length;
    if (size(complement) === 0 || size(complement) >= size(runs))
        return undefined;
    return rangesText(complement, joint);
}
/** The address runs of a region as ranges; `anywhere` when both families are whole. */
function addressesOf(runs, joint) {
    const { starts } = joint;
    const whole = (f) => runs[f].length === 1 && runs[f][0][0] === 0 && runs[f][0][1] === starts[f].length - 1;
    if (whole(4) && whole(6))
        return 'anywhere';
    return rangesText(runs, joint);
}
/** Runs of elementary intervals as address ranges, IPv4 first. */
function rangesText(runs, joint) {
    const { starts, ranges: cache } = joint;
    const out = [];
    for (const family of [4, 6]) {
        const s = starts[family];
        for (const [a, b] of runs[family]) {
            const key = `${family}:${a}:${b}`;
            const known = cache.get(key);
            if (known) {
                out.push(known);
                continue;
            }
            const lo = s[a];
            const hi = b + 1 < s.length ? s[b + 1] - 1n : ip/* MAX_ADDRESS */.wm[family];
            const range = {
                family,
                first: (0,ip/* formatAddress */.M0)(family, lo),
                last: (0,ip/* formatAddress */.M0)(family, hi),
                text: (0,ip/* formatInterval */.vy)({ family, lo, hi })
            };
            VALUES.set(range, lo);
            cache.set(key, range);
            out.push(range);
        }
    }
    return out;
}
/**
 * Splits a set of bases into the fewest products this greedy reading finds: per protocol, one
 * product of auth types × middle-tier when the set is one, else one per middle-tier value; then
 * protocols with the same auth types and middle-tier share a product.
 */
function factor(indices, bases, universe) {
    const perProtocol = new Map();
    for (const i of indices) {
        const b = bases[i];
        let list = perProtocol.get(b.protocol);
        if (!list)
            perProtocol.set(b.protocol, (list = []));
        list.push(b);
    }
    const grouped = new Map();
    for (const protocol of universe) {
        const list = perProtocol.get(protocol);
        if (!list)
            continue;
        const allAuths = new Set(bases.filter((b) => b.protocol === protocol).map((b) => b.auth));
        const auths = [...new Set(list.map((b) => b.auth))];
        const tiers = [...new Set(list.map((b) => b.middleTier))];
        const parts = list.length === auths.length * tiers.length
            ? [[auths, tiers]]
            : tiers.map((t) => [list.filter((b) => b.middleTier === t).map((b) => b.auth), [t]]);
        for (const [a, t] of parts) {
            const authenticationTypes = a.length === allAuths.size
                ? 'any'
                : constants/* AUTHENTICATION_TYPES */.z8.filter((x) => a.includes(x));
            const middleTier = t.length !== 1 ? 'any' : t[0];
            const key = `${authenticationTypes === 'any' ? 'any' : authenticationTypes.join(',')}/${middleTier}`;
            const product = grouped.get(key);
            if (product)
                product.protocols.push(protocol);
            else
                grouped.set(key, { protocols: [protocol], authenticationTypes, middleTier });
        }
    }
    return [...grouped.values()];
}
/** The plain text of a condition (statements render it per channel). */
function conditionText(anyOf) {
    return renderParts(conditionParts({ anyOf, text: '' }), PLAIN).trimStart();
}

;// CONCATENATED MODULE: ./src/engine/diff.ts



/**
 * Findings that leave rules or whole parts of a file out of the model, so no statement about what
 * the file does could be trusted: the same list `test` refuses to evaluate with.
 */
const BLOCKING_CHECKS = new Set([
    'EXO001',
    'EXO002',
    'EXO003',
    'EXO004',
    'EXO302',
    'EXO304'
]);
/** Why a linted version cannot be compared: its blocking findings, or rules left out of the model. */
function problemsOf(linted) {
    const findings = linted.findings.filter((f) => BLOCKING_CHECKS.has(f.id));
    if (findings.length) {
        const f = findings[0];
        return { findings, reason: `${f.id} at line ${f.line}: ${f.message.replace(/\.$/, '')}` };
    }
    if (!linted.ruleSet || !linted.model)
        return { findings, reason: 'it could not be read' };
    const left = linted.model.excluded[0];
    if (left) {
        return { findings, reason: `rule "${(0,engine_display/* display */.Vy)(left.name)}" has an invalid IP entry or filter` };
    }
    return { findings };
}
/**
 * The effect of a change to one rule-set file: lints each version that exists (`base` undefined
 * = the file is new, `head` undefined = it is deleted) and, when neither has blocking findings,
 * compares them. Pure and never throws: any failure is an `unavailable` answer. Suppressions of
 * `config` are applied to copies, so comparing never marks the caller's suppressions as used.
 */
function diffFiles(file, base, head, config, paths = {}) {
    if (!base && !head)
        return { file, unavailable: 'neither version of the file exists', findings: [] };
    const status = !base ? 'added' : !head ? 'deleted' : 'modified';
    try {
        const own = { ...config, suppressions: config.suppressions.map((s) => ({ ...s })) };
        const lint = (bytes, path) => bytes ? (0,engine_lint/* lintDocument */.HL)(path, bytes, own) : undefined;
        const old = lint(base, paths.base ?? file);
        const now = lint(head, paths.head ?? file);
        const oldProblems = old ? problemsOf(old) : { findings: [] };
        const newProblems = now ? problemsOf(now) : { findings: [] };
        if (oldProblems.reason || newProblems.reason) {
            const side = oldProblems.reason ? (newProblems.reason ? 'both' : 'base') : 'head';
            const unavailable = side === 'both'
                ? `both versions have errors that keep them from being compared (base version: ${oldProblems.reason}; head version: ${newProblems.reason})`
                : `the ${side} version has errors that keep it from being compared (${side === 'base' ? oldProblems.reason : newProblems.reason})`;
            return {
                file,
                status,
                unavailable,
                side,
                findings: [...oldProblems.findings, ...newProblems.findings]
            };
        }
        const diff = diffRuleSets(old?.ruleSet, now?.ruleSet, {
            baseLine: old?.line,
            headLine: now?.line,
            maxDepth: config.limits.maxDepth
        });
        return { file, status, diff };
    }
    catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        return {
            file,
            status,
            unavailable: `an internal error kept the versions from being compared: ${(0,engine_display/* display */.Vy)(detail, 500)}`,
            findings: []
        };
    }
}

;// CONCATENATED MODULE: ./src/reporters/effect.ts







/**
 * "Effect of this change": the semantic diff of every changed rule-set file, for the terminal
 * (`effectText`), for the PR and job summaries (`effectMarkdown`) and for machines (`effectJson`).
 * Changes that open access come first (they are the risky ones), then those that close it, then
 * those that only move a decision to another rule, then regions the model could not compare.
 * Pure: diffs in, text out. Every untrusted string (file names, rule names, patterns, filters,
 * query strings, reasons) is made display-safe for the terminal or escaped for Markdown here.
 */
/** Markdown: trusted words escaped as text, untrusted ones as code spans (no mention, no HTML). */
const MARKDOWN = {
    text: (s) => markdownText(s),
    quote: (s) => codeSpan((0,engine_display/* display */.Vy)(s))
};
/** Opening changes first (the risky ones), notes about files last, so a cut keeps the changes. */
const effect_RANK = {
    opens: 0,
    closes: 1,
    reassigns: 2,
    unknown: 3,
    note: 4
};
const STATUS = { added: 'new file', deleted: 'deleted', modified: 'modified' };
const effect_plural = (n, word) => `${(0,digits/* groupDigits */.K)(n)} ${word}${n === 1 ? '' : 's'}`;
/** How many changes a file's diff holds (access, device and regions not compared). */
function changeCount(diff) {
    return diff.changes.length + diff.devices.length + diff.unknown.length;
}
/** The notes about a file: renamed, not compared, new or deleted, its target changed, nothing changed. */
function notesOf(d) {
    const file = (0,engine_display/* display */.Vy)(d.file, 400);
    const fileMd = codeSpan((0,engine_display/* display */.Vy)(d.file, 400));
    const renamed = d.renamedFrom === undefined
        ? []
        : [
            {
                text: `${file}: renamed from ${(0,engine_display/* display */.Vy)(d.renamedFrom, 400)}.`,
                markdown: `${fileMd}: renamed from ${codeSpan((0,engine_display/* display */.Vy)(d.renamedFrom, 400))}.`
            }
        ];
    if ('unavailable' in d) {
        const reason = (0,engine_display/* display */.Vy)(d.unavailable, 2000);
        return [
            ...renamed,
            {
                text: `${file}: not compared: ${reason}.`,
                markdown: `${fileMd}: not compared: ${markdownText(reason)}.`
            }
        ];
    }
    const out = [...renamed];
    const { target } = d.diff;
    if (d.status !== 'modified') {
        const what = d.status === 'added'
            ? 'new file, compared with no rules at all'
            : 'deleted, compared with no rules at all';
        out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${markdownText(what)}.` });
    }
    if (target.old && target.new && target.old !== target.new) {
        const what = `Target ${target.old} → ${target.new}`;
        out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${markdownText(what)}.` });
    }
    if (changeCount(d.diff) === 0) {
        const what = 'no change in who gets access';
        out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${markdownText(what)}.` });
    }
    return out;
}
/** Every entry of the effect, in order: opens, closes, reassigns, regions not compared, notes. */
function entriesOf(diffs) {
    const entries = [];
    for (const d of diffs) {
        for (const note of notesOf(d))
            entries.push({ file: d.file, kind: 'note', ...note, admin: false });
        if ('unavailable' in d)
            continue;
        const { diff } = d;
        for (const c of diff.changes) {
            entries.push({
                file: d.file,
                kind: c.kind,
                text: c.text,
                markdown: accessStatement(c, diff.protocols, MARKDOWN),
                admin: c.adminOpened
            });
        }
        for (const c of diff.devices) {
            entries.push({
                file: d.file,
                kind: c.kind,
                text: c.text,
                markdown: deviceStatement(c, MARKDOWN),
                admin: false
            });
        }
        for (const u of diff.unknown) {
            entries.push({
                file: d.file,
                kind: 'unknown',
                text: u.text,
                markdown: unknownStatement(u, diff.protocols, diff.maxPredicates, MARKDOWN),
                admin: false
            });
        }
    }
    // stable: within a kind, admin openings first, then the files' own order
    return entries
        .map((e, i) => ({ e, i }))
        .sort((a, b) => effect_RANK[a.e.kind] - effect_RANK[b.e.kind] || +b.e.admin - +a.e.admin || a.i - b.i)
        .map(({ e }) => e);
}
/** The admin protocols opened by some change, in a fixed order. */
function adminOpened(diffs) {
    const opened = new Set();
    for (const d of diffs) {
        if ('unavailable' in d)
            continue;
        for (const c of d.diff.changes) {
            if (!c.adminOpened)
                continue;
            for (const p of c.region.protocols)
                if (ADMIN_PROTOCOLS.includes(p))
                    opened.add(p);
        }
    }
    return ADMIN_PROTOCOLS.filter((p) => opened.has(p));
}
const LABEL = {
    opens: 'opens',
    closes: 'closes',
    reassigns: 'reassigns',
    unknown: 'unknown'
};
/**
 * The effect for a terminal: per file a header, then one line per change with its kind (opens
 * first). Display-safe: statements quote untrusted text made visible, file names are escaped.
 */
function effectText(diffs) {
    const lines = [];
    const admin = adminOpened(diffs);
    if (admin.length) {
        lines.push(`Warning: this change opens ${admin.join(' and ')} to connections denied before.`, '');
    }
    for (const d of diffs) {
        const file = (0,engine_display/* display */.Vy)(d.file, 400);
        const renamed = d.renamedFrom === undefined ? [] : [`  renamed from ${(0,engine_display/* display */.Vy)(d.renamedFrom, 400)}`];
        if ('unavailable' in d) {
            lines.push(`${file}: not compared: ${(0,engine_display/* display */.Vy)(d.unavailable, 2000)}.`, ...renamed, '');
            continue;
        }
        const n = changeCount(d.diff);
        lines.push(`${file} (${STATUS[d.status]}): ${n ? effect_plural(n, 'change') : 'no change in who gets access'}`, ...renamed);
        const { target } = d.diff;
        if (target.old && target.new && target.old !== target.new) {
            lines.push(`  Target ${target.old} → ${target.new}`);
        }
        for (const e of entriesOf([d])) {
            if (e.kind !== 'note')
                lines.push(`  ${LABEL[e.kind]}: ${e.text}`);
        }
        lines.push('');
    }
    if (!diffs.length)
        lines.push('No rule-set file changed.', '');
    return lines.join('\n');
}
/**
 * The "Effect of this change" section for the PR and job summaries: a heading, a bold line when
 * a change opens RemotePowerShell or the admin center to connections denied before, then one
 * bullet per change and note (opens first, admin openings first among them, notes about files
 * last). When the section would exceed `maxChars` or `maxBytes`, it is cut after a whole entry and
 * ends with "… and N more changes" (and how many notes about files were cut).
 * Untrusted text is escaped (escape.ts): no live mention, reference, link or HTML can come out.
 */
function effectMarkdown(diffs, options = {}) {
    const maxChars = options.maxChars ?? Infinity;
    const maxBytes = options.maxBytes ?? Infinity;
    const several = diffs.length > 1;
    let head = '### Effect of this change\n\n';
    const admin = adminOpened(diffs);
    if (admin.length) {
        head += `**⚠️ This change opens ${admin.join(' and ')} to connections that were denied before (listed first).**\n\n`;
    }
    const icon = {
        note: '',
        opens: '🔓 **Opens**',
        closes: '🔒 **Closes**',
        reassigns: '↪️ **Reassigns**',
        unknown: '❔ **Unknown**'
    };
    const entries = entriesOf(diffs);
    if (!entries.length)
        return `${head}No rule-set file changed.\n`;
    const lines = entries.map((e) => {
        if (e.kind === 'note')
            return `- ${e.markdown}\n`;
        const file = several ? `${codeSpan((0,engine_display/* display */.Vy)(e.file, 400))}: ` : '';
        return `- ${icon[e.kind]} ${file}${e.markdown}\n`;
    });
    const whole = head + lines.join('');
    if (whole.length <= maxChars && (maxBytes === Infinity || utf8Length(whole) <= maxBytes)) {
        return whole;
    }
    const notes = entries.filter((e) => e.kind === 'note').length;
    const more = (kept) => {
        const cutNotes = Math.min(notes, entries.length - kept);
        const cutChanges = entries.length - kept - cutNotes;
        const parts = [
            ...(cutChanges ? [effect_plural(cutChanges, 'more change')] : []),
            ...(cutNotes ? [effect_plural(cutNotes, cutChanges ? 'note' : 'more note') + ' about files'] : [])
        ];
        return `\n… and ${parts.join(' and ')}\n`;
    };
    const reserve = more(0).length;
    const reserveBytes = utf8Length(more(0));
    let out = head;
    let bytes = utf8Length(head);
    let kept = 0;
    for (const line of lines) {
        const lineBytes = utf8Length(line);
        if (out.length + line.length + reserve > maxChars)
            break;
        if (bytes + lineBytes + reserveBytes > maxBytes)
            break;
        out += line;
        bytes += lineBytes;
        kept++;
    }
    return out + more(kept);
}
// ------------------------------------------------------------------------------------------------
// JSON
// ------------------------------------------------------------------------------------------------
const decisionJson = (d) => ({
    decision: d.action,
    rule: d.rule
        ? { name: d.rule.name, line: d.rule.line ?? null, priority: d.rule.priority ?? null }
        : null,
    ungoverned: d.ungoverned === true
});
const accessJson = (c) => ({
    kind: c.kind,
    statement: c.text,
    region: {
        protocols: c.region.protocols,
        authenticationTypes: c.region.authenticationTypes,
        middleTier: c.region.middleTier,
        addresses: c.region.addresses,
        ...(c.region.except ? { except: c.region.except } : {}),
        addressText: c.region.addressText,
        condition: {
            text: c.region.condition.text,
            anyOf: c.region.condition.anyOf.map((cube) => cube.map((t) => ({ kind: t.predicate.kind, text: t.predicate.text, holds: t.holds })))
        }
    },
    old: decisionJson(c.old),
    new: decisionJson(c.new),
    adminOpened: c.adminOpened
});
const deviceRuleJson = (r) => ({
    characteristic: r.characteristic,
    queryString: r.queryString,
    accessLevel: r.accessLevel,
    line: r.line ?? null,
    version: r.version
});
const levelJson = (l) => ({
    levels: l.levels,
    by: l.by,
    rules: l.rules.map(deviceRuleJson),
    defaultAccessLevel: l.by === 'default' ? (l.defaultAccessLevel ?? null) : undefined,
    line: l.by === 'default' ? (l.line ?? null) : undefined
});
const deviceJson = (c) => ({
    kind: c.kind,
    statement: c.text,
    devices: c.devices,
    old: levelJson(c.old),
    new: levelJson(c.new),
    unconfirmed: c.unconfirmed,
    alsoMatched: c.alsoMatched.map(deviceRuleJson)
});
/**
 * `diff --format json`: per file its status and every change, each with its region, the old and
 * new decision and the old and new deciding rule with their lines (each in its own version's
 * file); `null` where there is none. A file not compared has `unavailable` and no changes.
 */
function effectJson(diffs) {
    return {
        files: diffs.map((d) => 'unavailable' in d
            ? { file: d.file, status: d.status ?? null, unavailable: d.unavailable }
            : {
                file: d.file,
                status: d.status,
                target: { old: d.diff.target.old ?? null, new: d.diff.target.new ?? null },
                changes: d.diff.changes.map(accessJson),
                devices: d.diff.devices.map(deviceJson),
                unknown: d.diff.unknown.map((u) => ({
                    statement: u.text,
                    region: {
                        protocols: u.region.protocols,
                        authenticationTypes: u.region.authenticationTypes,
                        middleTier: u.region.middleTier,
                        addresses: u.region.addresses,
                        addressText: u.region.addressText
                    }
                }))
            })
    };
}

// EXTERNAL MODULE: ./src/engine/suggest.ts
var suggest = __nccwpck_require__(3708);
;// CONCATENATED MODULE: ./src/cli/document.ts









/**
 * Reads one file named on the command line, for the admin commands (`test`, `to-powershell`,
 * `import`): the same safe read as `check` (regular files only, size cap before reading), with the
 * file's own folder as the workspace since the admin named it. An unreadable file is a usage error.
 */
function readArgumentFile(path, io, config = (0,engine_config/* defaultConfig */.sb)()) {
    const abs = (0,external_node_path_.resolve)(io.cwd, path);
    const read = (0,load/* readChecked */.Yi)((0,external_node_path_.dirname)(abs), (0,external_node_path_.basename)(abs), config.limits.maxFileBytes);
    if (!('bytes' in read)) {
        const reason = (0,engine_findings/* render */.XX)((0,checks/* checkById */.xz)('EXO001').messages[read.messageId] ?? read.messageId, read.data);
        throw new engine_errors/* UsageError */.e(`Cannot read ${JSON.stringify((0,engine_display/* display */.Vy)(path))}: ${reason}`);
    }
    return read.bytes;
}
/** Reads and lints a rule-set file named on the command line. */
function lintArgumentFile(path, io, config = (0,engine_config/* defaultConfig */.sb)()) {
    const bytes = readArgumentFile(path, io, config);
    return { file: path, ...(0,engine_lint/* lintDocument */.HL)(path, bytes, config) };
}
/** `value` when it is one of `allowed`; otherwise a UsageError naming them and the likeliest one. */
function oneOf(kind, value, allowed) {
    if (allowed.includes(value))
        return value;
    const meant = (0,suggest/* suggest */.Z)(value, allowed);
    const hint = meant ? ` (did you mean "${meant}"?)` : '';
    throw new engine_errors/* UsageError */.e(`Unknown ${kind} ${JSON.stringify((0,engine_display/* display */.Vy)(value))}${hint}; use one of: ${allowed.join(', ')}.`);
}

;// CONCATENATED MODULE: ./src/cli/diff.ts










const DIFF_FORMATS = ['text', 'json', 'markdown'];
/** The word that stands for a version that does not exist. */
const ABSENT = 'none';
const DIFF_HELP = `Usage: exo-access-gate diff <base.exo.json> <head.exo.json> [--format <name>]

Who gains or loses access between two versions of a rule set: every set of connections (protocol,
authentication type, addresses, username and recipient-filter conditions) whose decision or
deciding rule changes, opening changes first, and the ActiveSync devices that become blocked,
quarantined or allowed.

Arguments:
  <base.exo.json>     the version before the change; ${ABSENT} when the file is new
  <head.exo.json>     the version after the change; ${ABSENT} when the file is deleted
                      (a file really named "${ABSENT}" is given as ./${ABSENT})

Options:
  --format <name>     ${DIFF_FORMATS.join(' | ')} (default: text)
  -h, --help          show this help

Exit codes: 0 it ran (whatever changed), 1 a version has errors that keep it from being compared
(its findings are printed), 2 bad arguments, 3 internal error.
`;
/** Findings grouped by file, as `stylish` prints them. */
function resultOf(findings) {
    const files = [];
    for (const f of findings) {
        let file = files.find((x) => x.file === f.file);
        if (!file)
            files.push((file = { file: f.file, findings: [] }));
        file.findings.push(f);
    }
    return { files, summary: (0,engine_findings/* summarize */.eh)(files) };
}
/** `diff`: the effect of changing one rule-set file from `base` to `head`. */
async function diff(args, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help) {
        io.stdout(DIFF_HELP);
        return EXIT.pass;
    }
    const format = oneOf('format', values.format ?? 'text', DIFF_FORMATS);
    if (positionals.length !== 2) {
        throw new engine_errors/* UsageError */.e(`diff takes two rule-set files, the base and the head version (${ABSENT} for a version that does not exist).`);
    }
    const [basePath, headPath] = positionals;
    if (basePath === ABSENT && headPath === ABSENT) {
        throw new engine_errors/* UsageError */.e(`At most one of the two versions can be ${ABSENT}.`);
    }
    const config = (0,engine_config/* defaultConfig */.sb)();
    const read = (path) => (path === ABSENT ? undefined : readArgumentFile(path, io, config));
    const base = read(basePath);
    const head = read(headPath);
    const file = headPath === ABSENT ? basePath : headPath;
    const result = diffFiles(file, base, head, config, { base: basePath, head: headPath });
    if ('unavailable' in result) {
        if (result.findings.length)
            io.stderr(stylish(resultOf(result.findings)));
        io.stderr(`exo-access-gate: ${(0,engine_display/* display */.Vy)(result.unavailable, 2000)}.\n`);
        return result.side ? EXIT.fail : EXIT.internal;
    }
    if (format === 'json')
        io.stdout(JSON.stringify(effectJson([result]), null, 2) + '\n');
    else if (format === 'markdown')
        io.stdout(effectMarkdown([result]));
    else
        io.stdout(effectText([result]));
    return EXIT.pass;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/cli/explain.ts






/** Where the check pages are: `docs/checks/` beside `dist/` (bundle) or `src/` (sources). */
const DOCS = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), '..', '..', 'docs', 'checks');
/** `explain [EXONNN]`: a check's page, or the list of every check. */
function explain(args, io) {
    if (args.length > 1)
        throw new engine_errors/* UsageError */.e('explain takes one check ID, e.g. "explain EXO201".');
    const [raw] = args;
    if (raw === undefined) {
        for (const c of checks/* CHECKS */.ui)
            io.stdout(`${c.id}  ${c.slug.padEnd(28)} ${c.severities ? c.severities.join('/') : c.severity}\t${c.title}\n`);
        return EXIT.pass;
    }
    const id = raw.toUpperCase();
    if (!/^EXO\d{3}$/.test(id) || !(0,checks/* isCheckId */.K3)(id)) {
        throw new engine_errors/* UsageError */.e(`Unknown check ID ${JSON.stringify(raw)}; run "exo-access-gate explain" for the list.`);
    }
    io.stdout((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(DOCS, `${id}.md`), 'utf8'));
    return EXIT.pass;
}

;// CONCATENATED MODULE: ./src/cli/test.ts










const TEST_FORMATS = ['text', 'json'];
const TEST_HELP = `Usage: exo-access-gate test <file> --protocol <name> [options]

The offline Test-ClientAccessRule: which rule decides a connection, and why each earlier rule did not.

Options:
  --protocol <name>   the connection's protocol (required): ${constants/* PROTOCOLS */.yv.join(', ')}
  --auth <name>       its authentication type: ${constants/* AUTHENTICATION_TYPES */.z8.join(', ')}
  --ip <address>      its remote IPv4 or IPv6 address
  --user <name>       its username, as domain\\name
  --attr <Prop=Value> a recipient property for UserRecipientFilter (repeatable), e.g. Department=IT
  --middle-tier       the connection comes through a middle-tier app
  --format <name>     ${TEST_FORMATS.join(' | ')} (default: text)
  -h, --help          show this help

An option not given means the connection has no such value: no condition on it matches and no
exception on it holds (FORMAT.md, "Tests"). Exit codes: 0 it ran, 1 the file has errors that keep
it from being evaluated, 2 bad arguments, 3 internal error.
`;
/** Findings that leave rules out of the model, so no answer about the file could be trusted. */
const BLOCKING = new Set(['EXO001', 'EXO002', 'EXO003', 'EXO004', 'EXO302', 'EXO304']);
const CANONICAL = new Map(constants/* FILTER_PROPERTIES */.t2.map((p) => [p.toLowerCase(), p]));
/** Parses `test`'s arguments into a connection; every mistake is a UsageError. */
function parseConnection(values) {
    if (values.protocol === undefined) {
        throw new engine_errors/* UsageError */.e(`--protocol is required; use one of: ${constants/* PROTOCOLS */.yv.join(', ')}.`);
    }
    const c = { protocol: oneOf('protocol', values.protocol, constants/* PROTOCOLS */.yv) };
    if (values.auth !== undefined) {
        c.authenticationType = oneOf('authentication type', values.auth, constants/* AUTHENTICATION_TYPES */.z8);
    }
    if (values.ip !== undefined) {
        const address = (0,ip/* parseAddress */.or)(values.ip);
        if (!address) {
            throw new engine_errors/* UsageError */.e(`--ip ${JSON.stringify((0,engine_display/* display */.Vy)(values.ip))} is not a single IPv4 or IPv6 address.`);
        }
        c.address = address;
    }
    if (values.user !== undefined)
        c.username = values.user;
    const user = {};
    for (const attr of values.attr ?? []) {
        const eq = attr.indexOf('=');
        const name = eq < 0 ? undefined : CANONICAL.get(attr.slice(0, eq).toLowerCase());
        if (!name) {
            throw new engine_errors/* UsageError */.e(`--attr ${JSON.stringify((0,engine_display/* display */.Vy)(attr))} must be Property=Value with one of: ${constants/* FILTER_PROPERTIES */.t2.join(', ')}.`);
        }
        user[name] = attr.slice(eq + 1);
    }
    if (Object.keys(user).length)
        c.user = user;
    if (values['middle-tier'])
        c.middleTier = true;
    return c;
}
/** Why an earlier rule did not decide the connection, in words. */
function describeMiss(m, c) {
    const r = m.rule.rule;
    const q = (v) => `"${(0,engine_display/* display */.Vy)(v)}"`;
    switch (m.reason) {
        case 'disabled':
            return 'it is disabled ("Enabled": false)';
        case 'scope':
            return 'its Scope is "Users" and the connection comes through a middle-tier app';
        case 'exception':
            return `its exception ${m.parameter} holds (${q(m.value ?? '')})`;
        case 'condition':
            break;
    }
    switch (m.parameter) {
        case 'AnyOfProtocols':
            return `its AnyOfProtocols does not include ${q(c.protocol)}`;
        case 'AnyOfAuthenticationTypes':
            return c.authenticationType === undefined
                ? 'it requires an authentication type and the connection has none'
                : `its AnyOfAuthenticationTypes does not include ${q(c.authenticationType)} for ${q(c.protocol)}`;
        case 'AnyOfClientIPAddressesOrRanges':
            return c.address
                ? `no entry of its AnyOfClientIPAddressesOrRanges contains ${(0,ip/* formatAddress */.M0)(c.address.family, c.address.value)}`
                : 'it requires an IP address and the connection has none';
        case 'UsernameMatchesAnyOfPatterns':
            return c.username === undefined
                ? 'it requires a username and the connection has none'
                : `no pattern of its UsernameMatchesAnyOfPatterns matches ${q(c.username)}`;
        default:
            return `its UserRecipientFilter ${q(r.userRecipientFilter ?? '')} does not hold for the user's properties`;
    }
}
/** `test`: evaluate one connection against one rule-set file. */
async function test(args, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            protocol: { type: 'string' },
            auth: { type: 'string' },
            ip: { type: 'string' },
            user: { type: 'string' },
            attr: { type: 'string', multiple: true },
            'middle-tier': { type: 'boolean' },
            format: { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help) {
        io.stdout(TEST_HELP);
        return EXIT.pass;
    }
    const format = oneOf('format', values.format ?? 'text', TEST_FORMATS);
    if (positionals.length !== 1) {
        throw new engine_errors/* UsageError */.e('test takes exactly one rule-set file.');
    }
    const connection = parseConnection(values);
    const linted = lintArgumentFile(positionals[0], io);
    const blocking = linted.findings.filter((f) => f.severity === 'error' && BLOCKING.has(f.id));
    if (!linted.model || !linted.line || blocking.length) {
        io.stderr(stylish(test_resultOf(linted.file, blocking.length ? blocking : linted.findings)));
        io.stderr('exo-access-gate: the file has errors that keep it from being evaluated.\n');
        return EXIT.fail;
    }
    const line = linted.line;
    const decision = (0,model_model/* evaluate */._3)(linted.model, connection);
    const ref = (r) => ({
        name: r.name,
        priority: r.rule.priority ?? null,
        line: line(r.rule.pointer + '/Name')
    });
    if (format === 'json') {
        const doc = {
            connection: {
                protocol: connection.protocol,
                authenticationType: connection.authenticationType ?? null,
                remoteAddress: connection.address
                    ? (0,ip/* formatAddress */.M0)(connection.address.family, connection.address.value)
                    : null,
                username: connection.username ?? null,
                user: connection.user ?? {},
                middleTier: connection.middleTier ?? false
            },
            decision: decision.action,
            rule: decision.rule ? ref(decision.rule) : null,
            governed: !decision.ungoverned,
            earlier: decision.misses.map((m) => ({
                ...ref(m.rule),
                reason: m.reason,
                parameter: m.parameter ?? null,
                value: m.value ?? null,
                explanation: describeMiss(m, connection)
            }))
        };
        io.stdout(JSON.stringify(doc, null, 2) + '\n');
        return EXIT.pass;
    }
    const shownRef = (r) => {
        const x = ref(r);
        const priority = x.priority === null ? 'no priority' : `priority ${x.priority}`;
        return `"${(0,engine_display/* display */.Vy)(x.name)}" (${priority}, line ${x.line})`;
    };
    const c = connection;
    const out = [
        `Connection: ${c.protocol}` +
            `, authentication ${c.authenticationType ?? '(none)'}` +
            `, address ${c.address ? (0,ip/* formatAddress */.M0)(c.address.family, c.address.value) : '(none)'}` +
            `, user ${c.username === undefined ? '(none)' : `"${(0,engine_display/* display */.Vy)(c.username)}"`}` +
            (c.user
                ? `, properties ${Object.entries(c.user)
                    .map(([k, v]) => `${k}="${(0,engine_display/* display */.Vy)(v ?? '')}"`)
                    .join(' ')}`
                : '') +
            (c.middleTier ? ', middle-tier' : '')
    ];
    if (decision.ungoverned) {
        out.push(`Decision: AllowAccess; client access rules govern only ${constants/* SERVER_PROTOCOLS */.ai.join(' and ')} connections on Exchange Server.`);
    }
    else if (decision.rule) {
        out.push(`Decision: ${decision.action} by rule ${shownRef(decision.rule)}.`);
    }
    else {
        out.push('Decision: AllowAccess; no rule matches.');
    }
    if (decision.misses.length) {
        out.push('', decision.rule ? 'Earlier rules:' : 'Rules:');
        for (const m of decision.misses)
            out.push(`  ${shownRef(m.rule)}: ${describeMiss(m, c)}.`);
    }
    io.stdout(out.join('\n') + '\n');
    const others = linted.findings.filter((f) => f.severity === 'error').length;
    if (others) {
        io.stderr(`Note: the file has ${others} error${others === 1 ? '' : 's'}; run "exo-access-gate check ${(0,engine_display/* display */.Vy)(linted.file)}".\n`);
    }
    return EXIT.pass;
}
function test_resultOf(file, findings) {
    const files = [{ file, findings }];
    return { files, summary: (0,engine_findings/* summarize */.eh)(files) };
}

;// CONCATENATED MODULE: ./src/model/powershell.ts


/**
 * The PowerShell that creates a rule set (`exo-access-gate to-powershell`). Pure: a rule set and
 * the name of the file it came from in, the script text out.
 *
 * Injection safety rests on three rules, proved by the tokenizer property test:
 * - every value is one single-quoted string, in which PowerShell gives meaning to nothing but the
 *   five characters it reads as a single quote (`'` U+2018 U+2019 U+201A U+201B); each of them is
 *   doubled, which PowerShell reads back as that one character;
 * - the script is printable ASCII and line feeds only. Windows PowerShell 5.1 (the Exchange Server
 *   shell) reads a script file without a byte-order mark in the ANSI code page, where the bytes of
 *   UTF-8 text can become quote characters (`đ` is C4 91, and 0x91 is `‘` in Windows-1252), so a
 *   value with any other character is written as `([regex]::Unescape('…'))` around one string whose
 *   other characters are `\uXXXX` escapes and whose backslashes are doubled;
 * - untrusted text in a comment (the file name, a rule name) goes through `commentText`: printable
 *   ASCII only (so no line break ends the comment) and no `<#` or `#>`.
 */
/** The characters PowerShell's tokenizer reads as a single quote. */
const SINGLE_QUOTES = (/* unused pure expression or super */ null && (['\u0027', '\u2018', '\u2019', '\u201A', '\u201B']));
const QUOTE = /[\u0027\u2018-\u201B]/g;
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const unit = (ch) => '\\u' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
/** A PowerShell single-quoted string holding exactly `text`: every single-quote character doubled. */
function singleQuoted(text) {
    return `'${text.replace(QUOTE, (q) => q + q)}'`;
}
/**
 * A PowerShell expression for a string value: a single-quoted string when the value is printable
 * ASCII, else `([regex]::Unescape('…'))` so the script stays ASCII (see above).
 */
function psString(value) {
    if (PRINTABLE_ASCII.test(value))
        return singleQuoted(value);
    const escaped = value.replace(/\\/g, '\\\\').replace(NOT_PRINTABLE_ASCII, unit);
    return `([regex]::Unescape(${singleQuoted(escaped)}))`;
}
/** Untrusted text made safe inside a `#` comment: printable ASCII, no `<#` or `#>`. */
function commentText(text) {
    return text
        .replace(NOT_PRINTABLE_ASCII, unit)
        .replace(/<#/g, '\\u003C#')
        .replace(/#>/g, '#\\u003E');
}
const list = (values) => values.map(psString).join(', ');
/** A parameter with a non-negative integer value (`-Priority`). */
function integer(n) {
    if (!Number.isSafeInteger(n) || n < 0)
        throw new Error(`Priority ${n} is not an integer ≥ 0`);
    return String(n);
}
/** The list parameters of New-ClientAccessRule, in the order the script writes them. */
const LISTS = [
    ['anyOfProtocols', 'AnyOfProtocols'],
    ['exceptAnyOfProtocols', 'ExceptAnyOfProtocols'],
    ['anyOfClientIPAddressesOrRanges', 'AnyOfClientIPAddressesOrRanges'],
    ['exceptAnyOfClientIPAddressesOrRanges', 'ExceptAnyOfClientIPAddressesOrRanges'],
    ['anyOfAuthenticationTypes', 'AnyOfAuthenticationTypes'],
    ['exceptAnyOfAuthenticationTypes', 'ExceptAnyOfAuthenticationTypes'],
    ['usernameMatchesAnyOfPatterns', 'UsernameMatchesAnyOfPatterns'],
    ['exceptUsernameMatchesAnyOfPatterns', 'ExceptUsernameMatchesAnyOfPatterns']
];
/** One `New-ClientAccessRule` command. */
function newClientAccessRule(rule) {
    const parts = [
        'New-ClientAccessRule',
        '-Name',
        psString(rule.name),
        '-Action',
        psString(rule.action)
    ];
    if (rule.priority !== undefined)
        parts.push('-Priority', integer(rule.priority));
    if (!rule.enabled)
        parts.push('-Enabled', '$false');
    if (rule.scope !== undefined)
        parts.push('-Scope', psString(rule.scope));
    for (const [field, parameter] of LISTS) {
        const values = rule[field];
        if (values?.length)
            parts.push(`-${parameter}`, list(values));
    }
    if (rule.userRecipientFilter !== undefined)
        parts.push('-UserRecipientFilter', psString(rule.userRecipientFilter));
    if (rule.domainController !== undefined)
        parts.push('-DomainController', psString(rule.domainController));
    parts.push('-Confirm:$false');
    return parts.join(' ');
}
/**
 * Where the script puts remote PowerShell: `open` when no DenyAccess rule can match it, `guarded`
 * when the first rule that can match it is an AllowAccess rule (so every DenyAccess rule that can
 * match it is created after one), `exposed` (with that DenyAccess rule) otherwise. The gate refuses
 * `exposed` as EXO201 unless the lockout needs two different username or filter predicates at once
 * (then EXO201 is only a warning), so the header states which case the script is in.
 */
function remotePowerShellGuard(ruleSet) {
    const model = (0,model_model/* buildModel */.yK)(ruleSet);
    const analysis = new model_analysis/* Analysis */.ht(model);
    const matching = model.rules.filter((r) => analysis.canMatch(r, 'RemotePowerShell'));
    if (!matching.some((r) => r.action === 'DenyAccess'))
        return { kind: 'open' };
    const first = matching[0];
    return first.action === 'AllowAccess'
        ? { kind: 'guarded' }
        : { kind: 'exposed', rule: first.rule };
}
/** The script that creates the rule set read from `sourceFile`. */
function toPowerShell(ruleSet, sourceFile) {
    const header = [
        `# Creates the rule set in ${commentText(sourceFile)}.`,
        '# Generated by exo-access-gate to-powershell. Review it, then run it as a script in an Exchange',
        '# PowerShell session, in an organisation that has none of these rules yet. It stops at the',
        '# first error.'
    ];
    const rules = (0,model_model/* evaluationOrder */.tW)(ruleSet.clientAccessRules);
    if (rules.length) {
        header.push('#', '# Client access rules are created in evaluation order (Priority ascending, then the rules', "# without one in file order), each with the file's Priority where it gives one, so a script", '# stopped halfway never denies a connection the complete rule set allows.');
        const guard = remotePowerShellGuard(ruleSet);
        if (guard.kind === 'open') {
            header.push('# No DenyAccess rule can match RemotePowerShell.');
        }
        else if (guard.kind === 'guarded') {
            header.push('# The AllowAccess rules for RemotePowerShell are created before any DenyAccess rule that', '# can match RemotePowerShell.');
        }
        else {
            header.push(`# CAUTION: the DenyAccess rule "${commentText(guard.rule.name)}" can match RemotePowerShell and`, '# is created before any AllowAccess rule that can match RemotePowerShell (EXO201): admins it', '# matches lose remote PowerShell, the only way to repair the rules.');
        }
        header.push('# The first client access rule in an organisation can take up to 24 hours to apply; later', '# changes take up to 1 hour.');
    }
    if (ruleSet.defaultAccessLevel !== undefined && ruleSet.deviceAccessRules.length) {
        header.push('#', '# DefaultAccessLevel is set after the device access rules are created: a change to Block or', '# Quarantine applies at once to every connected device no rule covers.');
    }
    const sections = [header, ["$ErrorActionPreference = 'Stop'"]];
    if (rules.length)
        sections.push(rules.map(newClientAccessRule));
    if (ruleSet.deviceAccessRules.length) {
        sections.push(ruleSet.deviceAccessRules.map((d) => `New-ActiveSyncDeviceAccessRule -Characteristic ${psString(d.characteristic)}` +
            ` -QueryString ${psString(d.queryString)} -AccessLevel ${psString(d.accessLevel)}`));
    }
    if (ruleSet.defaultAccessLevel !== undefined) {
        sections.push([
            `Set-ActiveSyncOrganizationSettings -DefaultAccessLevel ${psString(ruleSet.defaultAccessLevel)} -Confirm:$false`
        ]);
    }
    return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/to-powershell.ts










const TO_POWERSHELL_HELP = `Usage: exo-access-gate to-powershell <file> [--output <file>]

Prints the PowerShell that creates a rule set: New-ClientAccessRule for each client access rule in
evaluation order (each with its Priority), New-ActiveSyncDeviceAccessRule for each device access
rule, then Set-ActiveSyncOrganizationSettings. Every value is a single-quoted string; the script is
plain ASCII.

Options:
  --output <file>  write the script to a file instead of standard output
  -h, --help       show this help

A file with an error is refused: its findings go to standard error and no script is written.
Warnings are shown on standard error. Exit codes: 0 script written, 1 the file has errors,
2 bad arguments or an unreadable file, 3 internal error.
`;
const HINT = 'Run "exo-access-gate to-powershell --help" for the options.';
/** `to-powershell`: print the PowerShell that creates one rule-set file's rules. */
async function toPowershell(args, io) {
    const usage = (message) => {
        io.stderr(`exo-access-gate: ${(0,engine_display/* display */.Vy)(message, 500)}\n${HINT}\n`);
        return EXIT.usage;
    };
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            allowPositionals: true,
            strict: true,
            options: {
                output: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (e) {
        return usage(e.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(TO_POWERSHELL_HELP);
        return EXIT.pass;
    }
    if (positionals.length !== 1) {
        return usage('to-powershell takes exactly one rule-set file.');
    }
    const linted = lintArgumentFile(positionals[0], io);
    const shown = linted.findings.filter((f) => !f.suppressed);
    if (shown.length)
        io.stderr(stylish(to_powershell_resultOf(linted.file, shown)));
    const errors = shown.filter((f) => f.severity === 'error').length;
    if (errors || !linted.ruleSet) {
        io.stderr(`exo-access-gate: ${(0,engine_display/* display */.Vy)(linted.file)} has ${errors === 1 ? 'an error' : 'errors'}; no PowerShell was written.\n`);
        return EXIT.fail;
    }
    const script = toPowerShell(linted.ruleSet, linted.file);
    if (values.output === undefined) {
        io.stdout(script);
        return EXIT.pass;
    }
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, values.output), script);
    }
    catch (e) {
        const code = e.code ?? e.message;
        throw new engine_errors/* UsageError */.e(`Cannot write ${JSON.stringify((0,engine_display/* display */.Vy)(values.output))}: the file could not be written (${JSON.stringify((0,engine_display/* display */.Vy)(code))}).`);
    }
    return EXIT.pass;
}
function to_powershell_resultOf(file, findings) {
    const files = [{ file, findings }];
    return { files, summary: (0,engine_findings/* summarize */.eh)(files) };
}

// EXTERNAL MODULE: ./src/engine/decode.ts
var decode = __nccwpck_require__(9334);
// EXTERNAL MODULE: ./src/engine/parse.ts
var parse = __nccwpck_require__(2333);
// EXTERNAL MODULE: ./src/engine/positions.ts
var positions = __nccwpck_require__(3730);
// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __nccwpck_require__(8227);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __nccwpck_require__(3171);
;// CONCATENATED MODULE: ./src/model/import.ts





const SCOPES = ['All', 'Users'];
/** Exchange limits the schema also enforces (FORMAT.md). */
const MAX_NAME = 64;
const MAX_QUERY_STRING = 256;
const MAX_PRIORITY = 2147483647;
/** New-ClientAccessRule's parameters, in the order the schema lists them. */
const CLIENT_ACCESS_PARAMETERS = [
    { name: 'Name', kind: { type: 'name' }, required: true },
    { name: 'Action', kind: { type: 'enum', values: constants/* ACTIONS */.kl }, required: true },
    { name: 'Priority', kind: { type: 'priority' } },
    { name: 'Enabled', kind: { type: 'boolean' } },
    { name: 'Scope', aliases: ['RuleScope'], kind: { type: 'enum', values: SCOPES } },
    { name: 'AnyOfProtocols', kind: { type: 'enumList', values: constants/* PROTOCOLS */.yv } },
    { name: 'ExceptAnyOfProtocols', kind: { type: 'enumList', values: constants/* PROTOCOLS */.yv } },
    { name: 'AnyOfClientIPAddressesOrRanges', kind: { type: 'textList' } },
    { name: 'ExceptAnyOfClientIPAddressesOrRanges', kind: { type: 'textList' } },
    { name: 'AnyOfAuthenticationTypes', kind: { type: 'enumList', values: constants/* AUTHENTICATION_TYPES */.z8 } },
    {
        name: 'ExceptAnyOfAuthenticationTypes',
        kind: { type: 'enumList', values: constants/* AUTHENTICATION_TYPES */.z8 }
    },
    { name: 'UsernameMatchesAnyOfPatterns', kind: { type: 'textList' } },
    { name: 'ExceptUsernameMatchesAnyOfPatterns', kind: { type: 'textList' } },
    { name: 'UserRecipientFilter', kind: { type: 'text' } }
];
/** Parameters reserved for internal Microsoft use that Get-ClientAccessRule still shows (§1.3, §5). */
const INTERNAL_PARAMETERS = [
    'AnyOfSourceTcpPortNumbers',
    'ExceptAnyOfSourceTcpPortNumbers',
    'UserIsMemberOf',
    'ExceptUserIsMemberOf',
    'DatacenterAdminsOnly'
];
const DEVICE_PARAMETERS = [
    { name: 'Characteristic', kind: { type: 'enum', values: constants/* CHARACTERISTICS */.nF }, required: true },
    { name: 'QueryString', kind: { type: 'text' }, required: true },
    { name: 'AccessLevel', kind: { type: 'enum', values: constants/* ACCESS_LEVELS */.FF }, required: true }
];
/**
 * Properties every Exchange configuration object carries, and those PowerShell remoting adds:
 * metadata, not rule parameters. Dropped without a note.
 */
const METADATA = [
    'AdminDisplayName',
    'DistinguishedName',
    'ExchangeObjectId',
    'ExchangeVersion',
    'Guid',
    'Id',
    'Identity',
    'IsValid',
    'ObjectCategory',
    'ObjectClass',
    'ObjectState',
    'OrganizationId',
    'OriginatingServer',
    'PSComputerName',
    'PSShowComputerName',
    'RunspaceId',
    'WhenChanged',
    'WhenChangedUTC',
    'WhenCreated',
    'WhenCreatedUTC'
];
/** A device access rule's generated name (`<QueryString> (<Characteristic>)`) is metadata too. */
const DEVICE_METADATA = [...METADATA, 'Name'];
/** The keys PowerShell writes beside `value` when it wraps a collection (5.1's `{value, Count}`). */
const WRAPPER_KEYS = new Set([
    'count',
    'length',
    'isreadonly',
    'isfixedsize',
    'issynchronized',
    'ischangesonlycopy',
    'wascleared',
    'added',
    'removed'
]);
const KNOWN_EXPORT = {
    clientAccess: 'Get-ClientAccessRule',
    activeSync: 'Get-ActiveSyncDeviceAccessRule'
};
/** Windows PowerShell 5.1: every parameter selected, enums and list items cast to strings. */
const CLIENT_ACCESS_RECIPE_51 = [
    'Get-ClientAccessRule | Select-Object Name, Priority, Enabled,',
    "    @{n='Action'; e={[string]$_.Action}},",
    "    @{n='Scope'; e={if ($null -ne $_.RuleScope) {[string]$_.RuleScope} else {[string]$_.Scope}}},",
    ...CLIENT_ACCESS_PARAMETERS.filter((p) => p.kind.type.endsWith('List')).map((p) => `    @{n='${p.name}'; e={,@(foreach ($v in $_.${p.name}) {[string]$v})}},`),
    '    UserRecipientFilter |',
    '  ConvertTo-Json -Depth 5 | Out-File -Encoding utf8 client-access-rules.json'
].join('\n');
const DEVICE_ACCESS_RECIPE_51 = [
    'Get-ActiveSyncDeviceAccessRule | Select-Object QueryString,',
    "    @{n='Characteristic'; e={[string]$_.Characteristic}},",
    "    @{n='AccessLevel'; e={[string]$_.AccessLevel}} |",
    '  ConvertTo-Json -Depth 5 | Out-File -Encoding utf8 device-access-rules.json'
].join('\n');
const CLIENT_ACCESS_COMMAND_7 = 'Get-ClientAccessRule | ConvertTo-Json -Depth 5 -EnumsAsStrings | Out-File client-access-rules.json';
const DEVICE_ACCESS_COMMAND_7 = 'Get-ActiveSyncDeviceAccessRule | ConvertTo-Json -Depth 5 -EnumsAsStrings | Out-File device-access-rules.json';
/** How to export names instead of numbers, for the exports that had numbers. */
function exportRemedy(sources) {
    const indent = (text) => text
        .split('\n')
        .map((l) => '    ' + l)
        .join('\n');
    const seven = [...sources].map((s) => indent(s === 'clientAccess' ? CLIENT_ACCESS_COMMAND_7 : DEVICE_ACCESS_COMMAND_7));
    const five = [...sources].map((s) => indent(s === 'clientAccess' ? CLIENT_ACCESS_RECIPE_51 : DEVICE_ACCESS_RECIPE_51));
    return [
        'ConvertTo-Json wrote enums as numbers. Exchange does not document which number stands for',
        'which name, so import does not guess: export the names, then import again.',
        '  In PowerShell 7, add -EnumsAsStrings:',
        ...seven,
        '  In Windows PowerShell 5.1 (the Exchange 2019/SE shell), which has no -EnumsAsStrings, cast',
        '  them to strings with Select-Object:',
        ...five
    ].join('\n');
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return `the string "${(0,engine_display/* display */.Vy)(v, 60)}"`;
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'boolean')
        return `the boolean ${v}`;
    return typeof v;
}
/** Removes PowerShell's `{"value": …, "Count": n}` wrappers (nested ones too). */
function unwrap(value, pointer) {
    let v = value;
    let p = pointer;
    let count;
    for (let depth = 0; depth < 4 && isObject(v) && Object.hasOwn(v, 'value'); depth++) {
        const keys = Object.keys(v).filter((k) => k !== 'value');
        if (!keys.every((k) => WRAPPER_KEYS.has(k.toLowerCase())))
            break;
        const countKey = keys.find((k) => k.toLowerCase() === 'count');
        const c = countKey === undefined ? undefined : v[countKey];
        count = typeof c === 'number' ? c : count;
        p = (0,engine_pointer/* join */.fj)(p, 'value');
        v = v.value;
    }
    return count === undefined ? { value: v, pointer: p } : { value: v, pointer: p, count };
}
function isEmpty(v) {
    const u = unwrap(v, '').value;
    return u === null || u === '' || (Array.isArray(u) && u.length === 0);
}
class Importer {
    problems = [];
    notes = [];
    limits;
    source = 'clientAccess';
    /** Unknown keys with a value, by name: where they were left out. */
    unknown = new Map();
    constructor(limits) {
        this.limits = limits ?? types/* DEFAULT_LIMITS */.d;
    }
    problem(pointer, message, kind = 'value') {
        this.problems.push({ source: this.source, pointer, message, kind });
        return undefined;
    }
    /** The rules of one export, each with its pointer; undefined when the document is unusable. */
    rulesOf(doc, source) {
        this.source = source;
        const top = unwrap(doc, '');
        const v = top.value;
        if (v === null || v === undefined)
            return [];
        if (Array.isArray(v)) {
            if (v.length > this.limits.maxListItems) {
                return this.problem(top.pointer, `The export holds ${v.length} rules, over the cap of ${this.limits.maxListItems} (limits.maxListItems).`, 'shape');
            }
            return v.map((r, i) => ({ value: r, pointer: (0,engine_pointer/* join */.fj)(top.pointer, i) }));
        }
        if (!isObject(v)) {
            return this.problem(top.pointer, `The export must be a JSON object (one rule) or an array of rules, as ${KNOWN_EXPORT[source]} | ConvertTo-Json writes it, not ${typeName(v)}.`, 'shape');
        }
        const ruleSetKeys = ['ClientAccessRules', 'ActiveSyncDeviceAccessRules', 'Tests'];
        if (ruleSetKeys.some((k) => Object.hasOwn(v, k))) {
            return this.problem(top.pointer, `This is a rule-set file already, not the output of ${KNOWN_EXPORT[source]} | ConvertTo-Json; check it with "exo-access-gate check".`, 'shape');
        }
        return [{ value: v, pointer: top.pointer }];
    }
    /** When every rule of an export looks like the other kind, say so once instead of per rule. */
    swapped(rules, source) {
        if (!rules.length)
            return false;
        const has = (r, k) => isObject(r) && Object.keys(r).some((key) => key.toLowerCase() === k.toLowerCase());
        const device = (r) => has(r, 'Characteristic') && has(r, 'QueryString');
        const client = (r) => has(r, 'Action');
        this.source = source;
        if (source === 'clientAccess' && rules.every((r) => device(r.value) && !client(r.value))) {
            this.problem('', 'These are ActiveSync device access rules (Get-ActiveSyncDeviceAccessRule output), not client access rules; give this file with --activesync.', 'shape');
            return true;
        }
        if (source === 'activeSync' && rules.every((r) => client(r.value) && !device(r.value))) {
            this.problem('', 'These are client access rules (Get-ClientAccessRule output), not ActiveSync device access rules; give this file as the first argument, not with --activesync.', 'shape');
            return true;
        }
        return false;
    }
    /** One rule: its parameters in schema order; unknown keys noted, metadata dropped. */
    rule(at, parameters, metadata, internal) {
        const v = at.value;
        if (!isObject(v)) {
            return this.problem(at.pointer, `A rule must be a JSON object, not ${typeName(v)}.`, 'shape');
        }
        const keys = Object.keys(v);
        const used = new Set();
        const out = {};
        let complete = true;
        for (const p of parameters) {
            const names = [p.name, ...(p.aliases ?? [])].map((n) => n.toLowerCase());
            const present = keys.filter((k) => names.includes(k.toLowerCase()));
            present.forEach((k) => used.add(k));
            const given = present.filter((k) => !isEmpty(v[k]));
            if (given.length > 1) {
                const values = given.map((k) => JSON.stringify(unwrap(v[k], '').value));
                if (new Set(values).size > 1) {
                    complete = false;
                    this.problem(at.pointer, `The rule has both ${given.map((k) => `"${(0,engine_display/* display */.Vy)(k)}"`).join(' and ')} with different values; keep one.`, 'shape');
                    continue;
                }
            }
            const key = given[0];
            if (key === undefined) {
                if (p.required) {
                    complete = false;
                    this.problem(at.pointer, `The rule has no "${p.name}"${this.ruleLabel(v)}.`, 'shape');
                }
                continue;
            }
            const value = this.convert(p, unwrap(v[key], (0,engine_pointer/* join */.fj)(at.pointer, key)), (0,engine_display/* display */.Vy)(key, 60));
            if (value === undefined) {
                if (p.required)
                    complete = false;
                continue;
            }
            out[p.name] = value;
        }
        for (const name of internal) {
            const key = keys.find((k) => k.toLowerCase() === name.toLowerCase());
            if (key === undefined)
                continue;
            used.add(key);
            const u = unwrap(v[key], (0,engine_pointer/* join */.fj)(at.pointer, key));
            if (isEmpty(u.value) || u.value === false)
                continue;
            out[name] = u.value;
            this.notes.push({
                source: this.source,
                pointer: u.pointer,
                message: `Kept "${name}": it is reserved for internal Microsoft use, so "check" reports it (EXO004): New-ClientAccessRule does not accept it from customers.`
            });
        }
        const meta = new Set(metadata.map((m) => m.toLowerCase()));
        for (const k of keys) {
            if (used.has(k) || meta.has(k.toLowerCase()) || isEmpty(v[k]))
                continue;
            const entry = this.unknown.get(k) ?? { source: this.source, pointers: [] };
            entry.pointers.push((0,engine_pointer/* join */.fj)(at.pointer, k));
            this.unknown.set(k, entry);
        }
        return complete ? out : undefined;
    }
    /** ` ("Block OWA")` when the rule's Name is a usable string, for messages about the rule. */
    ruleLabel(v) {
        const key = Object.keys(v).find((k) => k.toLowerCase() === 'name');
        const name = key === undefined ? undefined : unwrap(v[key], '').value;
        return typeof name === 'string' && name !== '' ? ` (rule "${(0,engine_display/* display */.Vy)(name, 60)}")` : '';
    }
    /** Notes for unknown keys, one per key name. */
    flushUnknown(parameterOf) {
        for (const [key, { source, pointers }] of this.unknown) {
            const first = (0,engine_display/* display */.Vy)(pointers[0], 80);
            const where = pointers.length === 1 ? first : `${first} and ${pointers.length - 1} more`;
            this.notes.push({
                source,
                pointer: pointers[0],
                message: `Left out "${(0,engine_display/* display */.Vy)(key, 60)}" (${where}): it is not a ${parameterOf[source]} parameter the gate knows. If it is a condition, the imported rules are broader than the real ones.`
            });
        }
        this.unknown.clear();
    }
    /** `label`: the key as the export spells it (`RuleScope`, `action`), for messages. */
    convert(p, at, label) {
        const { value: v, pointer } = at;
        const k = p.kind;
        switch (k.type) {
            case 'name':
            case 'text':
                return this.text(p, at, label);
            case 'enum':
                return this.enumValue(label, k.values, at, p.name === 'Scope');
            case 'priority':
                if (v === null)
                    return undefined;
                if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_PRIORITY) {
                    return this.problem(pointer, `"${label}" must be an integer from 0 to ${MAX_PRIORITY}, not ${typeName(v)}.`);
                }
                return v;
            case 'boolean':
                if (v === null)
                    return undefined;
                if (typeof v !== 'boolean') {
                    return this.problem(pointer, `"${label}" must be true or false, not ${typeName(v)}.`);
                }
                return v;
            case 'enumList':
            case 'textList':
                return this.list(label, k.type === 'enumList' ? k.values : undefined, at);
        }
    }
    text(p, at, label) {
        const { value: v, pointer } = at;
        const optional = !p.required;
        if (v === null || (optional && v === ''))
            return undefined;
        if (typeof v !== 'string') {
            return this.problem(pointer, `"${label}" must be a string, not ${typeName(v)}.`, 'shape');
        }
        if (v === '')
            return this.problem(pointer, `"${label}" is an empty string.`);
        const cap = p.name === 'Name'
            ? MAX_NAME
            : p.name === 'QueryString'
                ? MAX_QUERY_STRING
                : this.limits.maxStringLength;
        // UTF-16 code units, as the schema counts them and Exchange (.NET's String.Length) does
        const n = v.length;
        if (n > cap) {
            const why = cap === this.limits.maxStringLength
                ? ' (limits.maxStringLength)'
                : ': Exchange allows no more';
            return this.problem(pointer, `"${label}" "${(0,engine_display/* display */.Vy)(v, 60)}" is ${n} characters long, over ${cap}${why}.`);
        }
        return v;
    }
    numeric(property, pointer, numbers) {
        const what = numbers.length === 1
            ? `is the number ${numbers[0]}, not a name`
            : `holds the numbers ${numbers.join(', ')}, not names`;
        return this.problem(pointer, `"${property}" ${what}.`, 'numericEnum');
    }
    enumValue(property, values, at, emptyIsAbsent) {
        const { value: v, pointer } = at;
        if (v === null || (emptyIsAbsent && v === ''))
            return undefined;
        if (typeof v === 'number' || (typeof v === 'string' && /^[0-9]+$/.test(v))) {
            return this.numeric(property, pointer, [String(v)]);
        }
        if (typeof v !== 'string') {
            return this.problem(pointer, `"${property}" must be a name, not ${typeName(v)}.`, 'shape');
        }
        if (!values.includes(v))
            return this.badName(property, v, values, pointer);
        return v;
    }
    badName(property, v, values, pointer) {
        const close = (0,suggest/* suggest */.Z)(v, values);
        const hint = close ? ` (did you mean "${close}"?)` : '';
        return this.problem(pointer, `Value "${(0,engine_display/* display */.Vy)(v, 60)}" of "${property}" is not one of ${values.join(', ')}${hint}.`);
    }
    list(property, values, at) {
        const { pointer, count } = at;
        let v = at.value;
        if (v === null)
            return undefined;
        // `{"value": "x", "Count": 1}`: a one-item list whose item PowerShell wrote bare.
        if ((typeof v === 'string' || typeof v === 'number') && count === 1)
            v = [v];
        else if (typeof v === 'string') {
            return this.problem(pointer, `"${property}" is ${typeName(v)}, not a list: ConvertTo-Json writes a list that way when its -Depth is too small (the default is 2); export again with -Depth 5.`, 'truncated');
        }
        else if (typeof v === 'number' && values) {
            return this.numeric(property, pointer, [String(v)]);
        }
        if (!Array.isArray(v)) {
            return this.problem(pointer, `"${property}" must be a list of strings, or {"value": [...], "Count": n} as Windows PowerShell 5.1 writes it, not ${typeName(v)}.`, 'shape');
        }
        if (count !== undefined && count !== v.length) {
            return this.problem(pointer, `"${property}" has ${v.length} items but its "Count" says ${count}: the export looks cut; export again with -Depth 5.`, 'truncated');
        }
        if (v.length === 0)
            return undefined;
        if (v.length > this.limits.maxListItems) {
            return this.problem(pointer, `"${property}" has ${v.length} items, over the cap of ${this.limits.maxListItems} (limits.maxListItems).`);
        }
        const out = [];
        const numbers = [];
        let ok = true;
        v.forEach((raw, i) => {
            const item = unwrap(raw, (0,engine_pointer/* join */.fj)(pointer, i));
            const x = item.value;
            if (values && (typeof x === 'number' || (typeof x === 'string' && /^[0-9]+$/.test(x)))) {
                numbers.push(String(x));
                return;
            }
            if (typeof x !== 'string') {
                ok = false;
                const cast = isObject(x)
                    ? ' Cast the items to strings as the Windows PowerShell 5.1 recipe in docs/commands/import.md does.'
                    : '';
                this.problem(item.pointer, `An item of "${property}" must be a string, not ${typeName(x)}.${cast}`, 'shape');
                return;
            }
            if (x === '') {
                ok = false;
                this.problem(item.pointer, `An item of "${property}" is an empty string.`);
                return;
            }
            if (values && !values.includes(x)) {
                ok = false;
                this.badName(property, x, values, item.pointer);
                return;
            }
            const n = x.length;
            if (n > this.limits.maxStringLength) {
                ok = false;
                this.problem(item.pointer, `An item of "${property}" is ${n} characters long, over ${this.limits.maxStringLength} (limits.maxStringLength).`);
                return;
            }
            out.push(x);
        });
        if (numbers.length)
            return this.numeric(property, pointer, numbers);
        return ok ? out : undefined;
    }
}
/** Converts the parsed exports into a rule set, or lists every problem. */
function importRuleSet(input) {
    const im = new Importer(input.limits);
    const clientRules = [];
    const deviceRules = [];
    let given = 0;
    const each = (doc, source, take) => {
        const rules = im.rulesOf(doc, source);
        if (!rules)
            return;
        given += rules.length;
        if (!rules.length) {
            im.notes.push({
                source,
                pointer: '',
                message: `The ${KNOWN_EXPORT[source]} export holds no rule.`
            });
        }
        if (!im.swapped(rules, source))
            rules.forEach(take);
    };
    if (input.clientAccess !== undefined) {
        each(input.clientAccess, 'clientAccess', (r) => {
            const rule = im.rule(r, CLIENT_ACCESS_PARAMETERS, METADATA, INTERNAL_PARAMETERS);
            if (rule)
                clientRules.push(rule);
        });
    }
    if (input.activeSync !== undefined) {
        each(input.activeSync, 'activeSync', (r) => {
            const rule = im.rule(r, DEVICE_PARAMETERS, DEVICE_METADATA, []);
            if (rule)
                deviceRules.push(rule);
        });
    }
    im.flushUnknown({
        clientAccess: 'New-ClientAccessRule',
        activeSync: 'New-ActiveSyncDeviceAccessRule'
    });
    if (!im.problems.length && given === 0) {
        return {
            ok: false,
            problems: [
                {
                    source: input.clientAccess !== undefined ? 'clientAccess' : 'activeSync',
                    pointer: '',
                    message: 'There is no rule to import: ConvertTo-Json writes nothing, or null, when the cmdlet returns no rule.',
                    kind: 'shape'
                }
            ],
            notes: []
        };
    }
    if (im.problems.length)
        return { ok: false, problems: im.problems, notes: im.notes };
    const ruleSet = {
        ...(input.schema !== undefined ? { $schema: input.schema } : {}),
        Target: input.target ?? 'ExchangeOnline'
    };
    if (clientRules.length)
        ruleSet.ClientAccessRules = clientRules;
    if (deviceRules.length)
        ruleSet.ActiveSyncDeviceAccessRules = deviceRules;
    return { ok: true, ruleSet, notes: im.notes };
}
/** The file's text: pretty-printed, 2-space indent, a final newline. */
function serializeRuleSet(ruleSet) {
    return JSON.stringify(ruleSet, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/cli/import.ts
















const IMPORT_HELP = `Usage: exo-access-gate import <export.json> [options]

Turns Exchange's own export of its rules into a rule-set file, for rules that already exist:
  ${CLIENT_ACCESS_COMMAND_7}
  ${DEVICE_ACCESS_COMMAND_7}
(PowerShell 7. For Windows PowerShell 5.1, the Exchange 2019/SE shell, see docs/commands/import.md.)

Options:
  --activesync <file>  the Get-ActiveSyncDeviceAccessRule export to import too (alone, it may
                       replace <export.json>)
  --target <name>      ${constants/* TARGETS */.dW.join(' | ')} (default: ExchangeOnline)
  --schema <ref>       write "$schema": <ref>, the URL or path of ruleset.schema.json
  --output <file>      write the rule set to a file instead of standard output
  -h, --help           show this help

Exit codes: 0 imported (then run "check" on it: import converts, it does not judge), 1 an export
cannot be imported (every problem is listed, nothing is written), 2 bad arguments or an
unreadable file, 3 internal error.
`;
/** Exports carry Exchange's metadata and PowerShell's indentation: a larger cap than rule sets. */
const MAX_EXPORT_BYTES = 16 * 1024 * 1024;
/** Exports nest deeper than rule sets (metadata objects, `{value, Count}` wrappers). */
const MAX_EXPORT_DEPTH = 64;
/** Problems shown at most; the rest are counted. */
const MAX_SHOWN = 50;
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });
/**
 * Decodes an export: UTF-8 with or without a byte-order mark, and UTF-16 with one (what Windows
 * PowerShell 5.1's `>` and `Out-File` write). Anything else is refused, never guessed.
 */
function decodeExport(bytes) {
    const wide = bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)
        ? utf16le
        : bytes[0] === 0xfe && bytes[1] === 0xff
            ? utf16be
            : undefined;
    if (wide) {
        try {
            return { ok: true, text: wide.decode(bytes.subarray(2)) };
        }
        catch {
            return { ok: false, message: `The file is not valid ${wide.encoding.toUpperCase()} text.` };
        }
    }
    const d = (0,decode/* decode */.D)(bytes, MAX_EXPORT_BYTES);
    if (d.ok)
        return { ok: true, text: d.text };
    if (d.messageId === 'empty')
        return { ok: true, text: '' };
    const why = (0,engine_findings/* render */.XX)((0,checks/* checkById */.xz)('EXO001').messages[d.messageId] ?? d.messageId, d.data);
    return {
        ok: false,
        message: `${why.replace(/; save it as UTF-8\.$/, '.')} Save the export as UTF-8 (Out-File -Encoding utf8) or UTF-16 with a byte-order mark.`
    };
}
/** Offset of the node a pointer names in an export (the closest existing one for a missing key). */
function offsetOf(s, pointer) {
    return s.tree ? (0,positions/* spanOf */.ee)((0,positions/* locate */.x5)(s.tree, pointer).node, 'value').offset : 0;
}
/** `file:line:column` of a pointer in an export. */
function where(s, pointer) {
    const { line, column } = s.lines.position(offsetOf(s, pointer));
    return `${(0,engine_display/* display */.Vy)(s.path)}:${line}:${column}`;
}
/** `import`: Get-ClientAccessRule / Get-ActiveSyncDeviceAccessRule exports to a rule-set file. */
async function importCommand(args, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            activesync: { type: 'string' },
            target: { type: 'string' },
            schema: { type: 'string' },
            output: { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help) {
        io.stdout(IMPORT_HELP);
        return EXIT.pass;
    }
    if (positionals.length > 1) {
        throw new engine_errors/* UsageError */.e('import takes one Get-ClientAccessRule export; give the device access rules with --activesync <file>.');
    }
    if (positionals.length === 0 && values.activesync === undefined) {
        throw new engine_errors/* UsageError */.e('import needs an export: the JSON file Get-ClientAccessRule | ConvertTo-Json wrote (and/or --activesync <file>).');
    }
    const target = values.target === undefined ? undefined : oneOf('target', values.target, constants/* TARGETS */.dW);
    if (values.schema !== undefined && (values.schema === '' || values.schema.length > 4096)) {
        throw new engine_errors/* UsageError */.e('--schema must be a URL or path of 1 to 4096 characters.');
    }
    const config = (0,engine_config/* defaultConfig */.sb)();
    const readConfig = {
        ...config,
        limits: { ...config.limits, maxFileBytes: MAX_EXPORT_BYTES }
    };
    // Read both files first: an unreadable one is a usage error before any problem is shown.
    const wanted = [];
    if (positionals[0] !== undefined)
        wanted.push(['clientAccess', positionals[0]]);
    if (values.activesync !== undefined)
        wanted.push(['activeSync', values.activesync]);
    const read = wanted.map(([kind, path]) => ({
        kind,
        path,
        bytes: readArgumentFile(path, io, readConfig)
    }));
    const lines = [];
    const sources = new Map();
    const parsed = {};
    for (const { kind, path, bytes } of read) {
        const decoded = decodeExport(bytes);
        if (!decoded.ok) {
            lines.push(`  ${(0,engine_display/* display */.Vy)(path)}: ${decoded.message}`);
            continue;
        }
        const text = decoded.text;
        const source = { kind, path, text, lines: new positions/* LineIndex */.rr(text) };
        sources.set(kind, source);
        if (/^[ \t\r\n]*$/.test(text)) {
            parsed[kind] = null;
            continue;
        }
        const p = (0,parse/* parse */.q)(text, MAX_EXPORT_DEPTH);
        if (!p.ok) {
            const { line, column } = source.lines.position(p.offset);
            const why = (0,engine_findings/* render */.XX)((0,checks/* checkById */.xz)('EXO001').messages[p.messageId] ?? p.messageId, p.data);
            lines.push(`  ${(0,engine_display/* display */.Vy)(path)}:${line}:${column}: not JSON: ${why}`);
            continue;
        }
        source.tree = p.tree;
        parsed[kind] = p.value;
    }
    if (lines.length)
        return fail(io, lines, new Set());
    const result = importRuleSet({
        ...(Object.hasOwn(parsed, 'clientAccess') ? { clientAccess: parsed.clientAccess } : {}),
        ...(Object.hasOwn(parsed, 'activeSync') ? { activeSync: parsed.activeSync } : {}),
        ...(target !== undefined ? { target } : {}),
        ...(values.schema !== undefined ? { schema: values.schema } : {}),
        limits: config.limits
    });
    if (!result.ok) {
        const numeric = new Set();
        const order = (k) => (k === 'clientAccess' ? 0 : 1);
        const problems = result.problems
            .map((p) => ({ p, at: offsetOf(sources.get(p.source), p.pointer) }))
            .sort((a, b) => order(a.p.source) - order(b.p.source) || a.at - b.at)
            .map((x) => x.p);
        for (const p of problems) {
            const s = sources.get(p.source);
            const at = p.pointer === '' ? '' : ` ${(0,engine_display/* display */.Vy)(p.pointer, 200)}`;
            lines.push(`  ${where(s, p.pointer)}${at}: ${p.message}`);
            if (p.kind === 'numericEnum')
                numeric.add(p.source);
        }
        return fail(io, lines, numeric);
    }
    const text = serializeRuleSet(result.ruleSet);
    const outName = values.output ?? '<stdout>';
    // The importer validates every value; a document error here is a bug, not the admin's mistake.
    const findings = (0,engine_lint/* lintBytes */.js)(outName, new TextEncoder().encode(text), config);
    const broken = findings.filter((f) => ['EXO002', 'EXO003', 'EXO006', 'EXO007'].includes(f.id) ||
        (f.id === 'EXO001' && f.messageId !== 'tooLarge'));
    if (broken.length) {
        throw new Error(`the imported rule set does not match the schema (${broken[0].id} at ${broken[0].pointer}: ${broken[0].message})`);
    }
    if (values.output !== undefined) {
        try {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, values.output), text);
        }
        catch (e) {
            throw new engine_errors/* UsageError */.e(`Cannot write ${JSON.stringify((0,engine_display/* display */.Vy)(values.output))}: ${e.code ?? 'error'}.`);
        }
    }
    else {
        io.stdout(text);
    }
    for (const n of result.notes) {
        const s = sources.get(n.source);
        io.stderr(`Note: ${where(s, n.pointer)}: ${n.message}\n`);
    }
    if (target === undefined) {
        io.stderr('Note: no --target given, so "Target" is "ExchangeOnline"; for Exchange Server 2019 or Subscription Edition use --target ExchangeServer.\n');
    }
    const rs = result.ruleSet;
    const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const parts = [
        rs.ClientAccessRules ? count(rs.ClientAccessRules.length, 'client access rule') : '',
        rs.ActiveSyncDeviceAccessRules
            ? count(rs.ActiveSyncDeviceAccessRules.length, 'ActiveSync device access rule')
            : ''
    ].filter(Boolean);
    const into = values.output !== undefined ? JSON.stringify((0,engine_display/* display */.Vy)(values.output)) : 'standard output';
    io.stderr(`Imported ${parts.join(' and ')} into ${into} (Target "${rs.Target}").\n`);
    const by = (sev) => findings.filter((f) => f.severity === sev).length;
    const [errors, warnings, notices] = [by('error'), by('warning'), by('notice')];
    const checkCmd = values.output !== undefined
        ? `exo-access-gate check ${/[\s"'$`]/.test(values.output) ? JSON.stringify((0,engine_display/* display */.Vy)(values.output)) : (0,engine_display/* display */.Vy)(values.output)}`
        : 'exo-access-gate check <file>';
    if (errors + warnings + notices === 0) {
        io.stderr('check finds nothing to report in it.\n');
    }
    else {
        io.stderr(`check finds ${count(errors, 'error')}, ${count(warnings, 'warning')} and ${count(notices, 'notice')} in it; run "${checkCmd}" to see them.\n`);
    }
    return EXIT.pass;
}
function fail(io, lines, numeric) {
    const shown = lines.slice(0, MAX_SHOWN);
    const more = lines.length - shown.length;
    io.stderr(`exo-access-gate: cannot import: ${lines.length} problem${lines.length === 1 ? '' : 's'}; nothing was written.\n`);
    io.stderr(shown.join('\n') + '\n');
    if (more > 0)
        io.stderr(`  … and ${more} more.\n`);
    if (numeric.size)
        io.stderr('\n' + exportRemedy(numeric) + '\n');
    return EXIT.fail;
}

;// CONCATENATED MODULE: ./src/cli/main.ts










const HELP = `Usage: exo-access-gate <command> [options]

Gates changes to Exchange client access rules and ActiveSync device access rules kept as code.

Commands:
  check [paths…]     check rule-set files (default command)
  explain [EXONNN]   show a check's page, or list every check
  test <file> --protocol <name> [options]
                     which rule decides a connection (the offline Test-ClientAccessRule)
  diff <base.exo.json> <head.exo.json> [--format text|json|markdown]
                     who gains or loses access between two versions of a rule set
                     ("none" for a version that does not exist)
  to-powershell <file> [--output <file>]
                     print the PowerShell that creates a rule set
  import <export.json> [--activesync <export.json>] [--target <name>] [--output <file>]
                     turn Get-ClientAccessRule | ConvertTo-Json output into a rule set
  help               show this help

Run "exo-access-gate <command> --help" for a command's options.
`;
/** Runs the CLI; resolves to the exit code. Never throws: usage errors exit 2, anything else 3. */
async function main(argv, io) {
    try {
        const [command, ...rest] = argv;
        switch (command) {
            case undefined:
            case 'help':
            case '--help':
            case '-h':
                io.stdout(HELP);
                return EXIT.pass;
            case '--version':
            case '-v':
                io.stdout(`${package_namespaceObject.rE}\n`);
                return EXIT.pass;
            case 'check':
                return await check(rest, io);
            case 'test':
                return await test(rest, io);
            case 'diff':
                return await diff(rest, io);
            case 'to-powershell':
                return await toPowershell(rest, io);
            case 'import':
                return await importCommand(rest, io);
            case 'explain':
                if (rest.includes('--help') || rest.includes('-h')) {
                    io.stdout('Usage: exo-access-gate explain [EXONNN]\n');
                    return EXIT.pass;
                }
                return explain(rest, io);
            default:
                throw new engine_errors/* UsageError */.e(`Unknown command ${JSON.stringify(command)}; run "exo-access-gate help".`);
        }
    }
    catch (e) {
        if (e instanceof engine_errors/* UsageError */.e || e?.code?.startsWith?.('ERR_PARSE_ARGS')) {
            io.stderr(`exo-access-gate: ${(0,engine_display/* display */.Vy)(e.message, 500)}\n`);
            if (argv[0] === 'check' || argv[0] === 'test' || argv[0] === 'import' || argv[0] === 'diff')
                io.stderr(`Run "exo-access-gate ${argv[0]} --help" for the options.\n`);
            return EXIT.usage;
        }
        const detail = e instanceof Error ? e.message : String(e);
        io.stderr(`exo-access-gate: internal error: ${(0,engine_display/* display */.Vy)(detail, 500)}\nThis is a bug in exo-access-gate; please report it with the input that caused it.\n`);
        if (io.env.EXO_ACCESS_GATE_DEBUG && e instanceof Error && e.stack)
            io.stderr(e.stack + '\n');
        return EXIT.internal;
    }
}


/***/ }),

/***/ 5710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TQ: () => (/* binding */ unusedSuppressions),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   oV: () => (/* binding */ unusableConfig),
/* harmony export */   px: () => (/* binding */ applySuppressions),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _checks_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8134);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9334);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8166);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2333);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8227);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1543);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3171);








/** The built-in defaults. */
function defaultConfig() {
    return { severity: {}, suppressions: [], limits: { ..._types_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_LIMITS */ .d } };
}
/**
 * Reads the gate's config file with the same strict pipeline as rule sets. Any problem is EXO902
 * and the whole file is ignored: the run uses the built-in defaults and fails.
 */
function loadConfig(file, bytes) {
    const check = (0,_checks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkById */ .xz)('EXO902');
    // A file that is not strict JSON: EXO902 with EXO001's words, at the problem's position.
    const notJson = (text, failure) => {
        const detail = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)((0,_checks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkById */ .xz)('EXO001').messages[failure.messageId], failure.data);
        return textFailure(file, text, 'json', detail, { offset: failure.offset, length: 1 });
    };
    const decoded = (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D)(bytes, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_LIMITS */ .d.maxFileBytes);
    if (!decoded.ok)
        return notJson(decoded.text, decoded);
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .q)(decoded.text, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_LIMITS */ .d.maxDepth);
    if (!parsed.ok)
        return notJson(decoded.text, parsed);
    const positions = new _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .Positions */ .Hy(decoded.text, parsed.tree);
    const findings = [];
    const add = (messageId, data, at, target) => {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)(check, { at, target, messageId, data }, file, positions, {}));
    };
    const exo003 = (0,_checks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkById */ .xz)('EXO003');
    for (const issue of (0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .validateConfig */ .$r)(parsed.value)) {
        const blank = issue.messageId === 'blankReason';
        if (blank || (issue.messageId === 'required' && issue.data.property === 'reason')) {
            const at = blank ? issue.pointer.replace(/\/reason$/, '') : issue.pointer;
            const id = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .valueAt */ .fK)(parsed.value, at)?.id;
            add('missingReason', { id: typeof id === 'string' ? id : '?' }, issue.pointer, 'open');
        }
        else {
            add('schema', { detail: (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)(exo003.messages[issue.messageId], issue.data) }, issue.pointer, issue.target);
        }
    }
    const raw = parsed.value;
    if (findings.length === 0) {
        for (const id of Object.keys(raw.severity ?? {})) {
            if (!(0,_checks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isCheckId */ .K3)(id))
                add('unknownCheck', { id }, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .join */ .fj)('/severity', id), 'key');
        }
        raw.suppressions?.forEach((s, i) => {
            if (!(0,_checks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isCheckId */ .K3)(s.id))
                add('unknownCheck', { id: s.id }, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .join */ .fj)('/suppressions', i, 'id'));
            if (s.path !== undefined) {
                try {
                    picomatch__WEBPACK_IMPORTED_MODULE_7___default()(s.path);
                }
                catch {
                    add('badGlob', { glob: s.path }, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .join */ .fj)('/suppressions', i, 'path'));
                }
            }
        });
    }
    if (findings.length)
        return { file, config: defaultConfig(), findings, positions };
    const config = {
        severity: { ...(raw.severity ?? {}) },
        suppressions: (raw.suppressions ?? []).map((s, i) => {
            const glob = s.path === undefined ? undefined : picomatch__WEBPACK_IMPORTED_MODULE_7___default()(s.path, { dot: true });
            return {
                id: s.id,
                ...(s.path !== undefined ? { path: s.path } : {}),
                ...(s.pointer !== undefined ? { pointer: s.pointer } : {}),
                reason: s.reason,
                at: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .join */ .fj)('/suppressions', i),
                matches: (f) => (glob ? glob(f) : true),
                used: false
            };
        }),
        limits: { ..._types_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_LIMITS */ .d, ...(raw.limits ?? {}) }
    };
    if (raw.paths)
        config.paths = [...raw.paths];
    if (raw.failOn)
        config.failOn = raw.failOn;
    return { file, config, findings, positions };
}
function textFailure(file, text, messageId, detail, span) {
    const positions = new _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .Positions */ .Hy(text, undefined);
    const report = { at: '', span, messageId, data: { detail } };
    const f = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)((0,_checks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkById */ .xz)('EXO902'), report, file, positions, {});
    return { file, config: defaultConfig(), findings: [f], positions };
}
/** A config file the loader refused (a symlink, outside the workspace…): EXO902, defaults in force. */
function unusableConfig(file, messageId, data) {
    const detail = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)((0,_checks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkById */ .xz)('EXO001').messages[messageId], data);
    return textFailure(file, '', 'unreadable', detail, { offset: 0, length: 0 });
}
/** Marks the findings a suppression covers; suppressed findings stay, counted apart. */
function applySuppressions(findings, suppressions) {
    if (suppressions.length === 0)
        return;
    for (const f of findings) {
        for (const s of suppressions) {
            if (s.id !== f.id || !s.matches(f.file))
                continue;
            if (s.pointer !== undefined && !(0,_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .isWithin */ .UO)(f.pointer, s.pointer))
                continue;
            // the first matching suppression gives the reason; every matching one counts as used
            if (!f.suppressed) {
                f.suppressed = true;
                f.suppression = { reason: s.reason };
            }
            s.used = true;
        }
    }
}
/** EXO901 for every suppression that matched nothing, placed in the config file. */
function unusedSuppressions(loaded) {
    if (!loaded.file || !loaded.positions)
        return [];
    const check = (0,_checks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkById */ .xz)('EXO901');
    const out = [];
    for (const s of loaded.config.suppressions) {
        if (s.used)
            continue;
        const scope = [
            s.path !== undefined ? ` in "${s.path}"` : '',
            s.pointer !== undefined ? ` at "${s.pointer}"` : ''
        ].join('');
        const f = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)(check, { at: s.at, target: 'open', messageId: 'unused', data: { id: s.id, scope } }, loaded.file, loaded.positions, loaded.config.severity);
        if (f)
            out.push(f);
    }
    return out;
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ decode)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
/**
 * The one place that turns bytes into text. Strict UTF-8 only: UTF-16 and UTF-32 (Windows
 * PowerShell 5.1's `Out-File` writes UTF-16LE) are named as such; invalid bytes are never turned
 * into U+FFFD. A UTF-8 byte-order mark is stripped once, here, so every later stage sees the same
 * text and columns stay right.
 */
function decode(bytes, maxFileBytes) {
    if (bytes.length > maxFileBytes) {
        return fail('tooLarge', { size: bytes.length, cap: maxFileBytes });
    }
    if (bytes.length === 0)
        return fail('empty', {});
    const encoding = wideEncoding(bytes);
    if (encoding)
        return fail('wrongEncoding', { encoding });
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    try {
        return { ok: true, text: fatal.decode(body), bom };
    }
    catch {
        const at = firstInvalidUtf8(body);
        const before = lenient.decode(body.subarray(0, at));
        return {
            ok: false,
            messageId: 'invalidUtf8',
            data: { byte: '0x' + (body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0') },
            text: before,
            offset: before.length
        };
    }
}
function fail(messageId, data) {
    return { ok: false, messageId, data, text: '', offset: 0 };
}
/** UTF-16/32 by byte-order mark, or UTF-16 without one (a NUL beside every ASCII byte). */
function wideEncoding(b) {
    if (b[0] === 0xff && b[1] === 0xfe)
        return b[2] === 0 && b[3] === 0 ? 'UTF-32LE' : 'UTF-16LE';
    if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        return 'UTF-32BE';
    if (b[0] === 0xfe && b[1] === 0xff)
        return 'UTF-16BE';
    if (b.length >= 2 && b[0] !== 0 && b[1] === 0 && b[0] < 0x80)
        return 'UTF-16LE';
    if (b.length >= 2 && b[0] === 0 && b[1] !== 0 && b[1] < 0x80)
        return 'UTF-16BE';
    return undefined;
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let n;
        let min;
        let max = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            n = 1;
        else if (c >= 0xe0 && c <= 0xef)
            n = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            n = 3;
        else
            return i;
        min = 0x80;
        if (c === 0xe0)
            min = 0xa0;
        else if (c === 0xed)
            max = 0x9f; // no encoded surrogates (CESU-8)
        else if (c === 0xf0)
            min = 0x90;
        else if (c === 0xf4)
            max = 0x8f;
        for (let k = 1; k <= n; k++) {
            const d = b[i + k];
            if (d === undefined)
                return i;
            if (k === 1 ? d < min || d > max : d < 0x80 || d > 0xbf)
                return i;
        }
        i += n + 1;
    }
    return b.length;
}


/***/ }),

/***/ 918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ groupDigits)
/* harmony export */ });
/**
 * A number with comma thousands separators, exactly as `n.toLocaleString('en-US')` writes it
 * ("5,000", "-1,234,567", "1.5", "1,000.001"), without `Intl`: the first `toLocaleString` call
 * loads ICU's locale data, about 30 ms of every process's start-up.
 *
 * Like `toLocaleString('en-US')`: at most three fraction digits, rounded half away from zero from the
 * shortest decimal that reads back as `n` (`1.0005` is "1.001"); no exponent ("1e21" is
 * "1,000,000,000,000,000,000,000"); `-0` and negatives that round to zero keep their sign ("-0");
 * "NaN", "∞" and "-∞".
 */
function groupDigits(n) {
    if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
        return n < 0 ? '-' + group(String(-n)) : group(String(n));
    }
    if (Number.isNaN(n))
        return 'NaN';
    const sign = n < 0 || Object.is(n, -0) ? '-' : '';
    if (!Number.isFinite(n))
        return sign + '∞';
    const [int, frac] = rounded(Math.abs(n));
    return sign + group(int) + (frac ? '.' + frac : '');
}
/** Commas between groups of three digits, from the right. */
function group(digits) {
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let i = out.length; i < digits.length; i += 3)
        out += ',' + digits.slice(i, i + 3);
    return out;
}
/** A finite x ≥ 0 as integer digits and at most three fraction digits, without trailing zeros. */
function rounded(x) {
    // the shortest round-trip decimal, e.g. "1.0005", "1.23e+25", "5e-324"
    const [mantissa = '', exp = '0'] = String(x).split('e');
    const dot = mantissa.indexOf('.');
    const digits = mantissa.replace('.', '');
    const point = (dot === -1 ? mantissa.length : dot) + Number(exp); // digits before the point
    let int = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
    let frac = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
    if (frac.length > 3) {
        const up = frac.charCodeAt(3) >= 0x35; // '5': half away from zero
        frac = frac.slice(0, 3);
        if (up)
            [int, frac] = increment(int, frac);
    }
    return [int, frac.replace(/0+$/, '')];
}
/** int.frac plus one unit in frac's last place, as decimal strings. */
function increment(int, frac) {
    const all = (int + frac).split('');
    let i = all.length - 1;
    while (i >= 0 && all[i] === '9')
        all[i--] = '0';
    if (i >= 0)
        all[i] = String(Number(all[i]) + 1);
    else
        all.unshift('1');
    const text = all.join('');
    return [text.slice(0, text.length - frac.length), text.slice(text.length - frac.length)];
}


/***/ }),

/***/ 6060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vy: () => (/* binding */ display),
/* harmony export */   w$: () => (/* binding */ escapeUnit)
/* harmony export */ });
/* unused harmony export MAX_SHOWN */
/**
 * Makes untrusted text safe to show in one line of any channel: control characters, invisible
 * and direction-changing characters and lone surrogates become `\uXXXX` escapes (a reviewer sees
 * what is really there), and long text is cut so that a 10 MB value is never echoed whole.
 */
const UNSAFE = 
// Each character is matched on its own (variation selectors and fillers included), on purpose.
// eslint-disable-next-line no-control-regex, no-misleading-character-class
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff0-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MAX_SHOWN = 120;
/** `\u` escape of one UTF-16 code unit, upper-case hex. */
function escapeUnit(ch) {
    return '\\u' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}
/** The text as it is shown in messages. */
function display(text, max = MAX_SHOWN) {
    let cut = text;
    if (cut.length > max) {
        let end = max;
        // never cut a surrogate pair in half
        const c = cut.charCodeAt(end - 1);
        if (c >= 0xd800 && c <= 0xdbff)
            end--;
        cut = cut.slice(0, end) + `… (${text.length} characters)`;
    }
    return cut.replace(UNSAFE, escapeUnit);
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A mistake in how the gate was called (bad flag, bad path, too many files): exit 2, never a stack trace. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 8166:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hy: () => (/* binding */ Positions),
/* harmony export */   M0: () => (/* binding */ DOCS_BASE),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/* unused harmony exports severityOf, bySeverity */
/* harmony import */ var _digits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(918);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3730);


/** Where each check's page lives; findings, SARIF and summaries link there. */
const DOCS_BASE = 'https://github.com/exo-access-gate/exo-access-gate/blob/main/docs/checks/';
/** Turns pointers into ranges for one document: once, here, never in checks or reporters. */
class Positions {
    text;
    tree;
    lines;
    ranges = new Map();
    constructor(text, tree) {
        this.text = text;
        this.tree = tree;
        this.lines = new _positions_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text);
    }
    span(pointer, target = 'value', node, inString) {
        if (!this.tree)
            return { offset: 0, length: 0 };
        let n = node;
        let t = target;
        if (!n) {
            const found = (0,_positions_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(this.tree, pointer);
            n = found.node;
            // a missing property is shown at the opening brace of the object that lacks it
            if (!found.exact)
                t = 'open';
        }
        const span = (0,_positions_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(n, t);
        if (inString && n.type === 'string' && t === 'value') {
            return (0,_positions_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInString */ .JL)(this.text, span, inString.start, inString.end);
        }
        return span;
    }
    range(pointer, target, node, inString) {
        if (node || inString)
            return this.lines.range(this.span(pointer, target, node, inString));
        // Findings name the same places many times (EXO103 relates every earlier rule that decides):
        // each pointer is looked up once. Callers copy the range; it is never changed.
        const key = `${target ?? 'value'}\u0000${pointer}`;
        let range = this.ranges.get(key);
        if (!range) {
            range = this.lines.range(this.span(pointer, target));
            this.ranges.set(key, range);
        }
        return range;
    }
}
/** Fills a message template; every placeholder must have its value. */
function render(template, data) {
    return template.replace(/\{\{(\w+)\}\}/g, (_, key) => {
        const v = data[key];
        if (v === undefined)
            throw new Error(`message placeholder {{${key}}} has no value`);
        // counts read better grouped ("5,000 items"); line numbers are shown as editors show them
        if (typeof v === 'number')
            return /line$/i.test(key) ? String(v) : (0,_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(v);
        return v;
    });
}
/** The severity a finding gets: the report's own (checks with two), else the check's, then the override. */
function severityOf(check, report, overrides) {
    const o = overrides[check.id];
    if (o)
        return o;
    return report.severity ?? check.severity;
}
/** Builds a complete finding from a check's report; `undefined` when the check is turned off. */
function makeFinding(check, report, file, positions, overrides) {
    const severity = severityOf(check, report, overrides);
    if (severity === 'off')
        return undefined;
    const template = check.messages[report.messageId];
    if (template === undefined)
        throw new Error(`${check.id} has no message "${report.messageId}"`);
    const data = report.data ?? {};
    const finding = {
        id: check.id,
        slug: check.slug,
        severity,
        message: render(template, data),
        file,
        pointer: report.at,
        ...(report.span
            ? positions.lines.range(report.span)
            : positions.range(report.at, report.target, report.node, report.inString)),
        docsUrl: DOCS_BASE + check.id + '.md',
        suppressed: false,
        messageId: report.messageId,
        data
    };
    if (report.related?.length) {
        finding.related = report.related.map((r) => ({
            pointer: r.at,
            ...positions.range(r.at, r.target),
            message: r.message
        }));
    }
    return finding;
}
const RANK = { error: 0, warning: 1, notice: 2 };
/** Orders by line, column, ID and message, and drops exact repeats. */
function sortFindings(findings) {
    const sorted = [...findings].sort((a, b) => a.line - b.line ||
        a.column - b.column ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    return sorted.filter((f, i) => i === 0 ||
        !(f.id === sorted[i - 1].id &&
            f.line === sorted[i - 1].line &&
            f.column === sorted[i - 1].column &&
            f.message === sorted[i - 1].message));
}
/** Most severe first; used where a channel can show only some findings. */
function bySeverity(a, b) {
    return RANK[a.severity] - RANK[b.severity];
}
/** Counts, once: suppressed findings apart from their severity. */
function summarize(files) {
    const s = { files: files.length, errors: 0, warnings: 0, notices: 0, suppressed: 0 };
    for (const f of files) {
        for (const x of f.findings) {
            if (x.suppressed)
                s.suppressed++;
            else if (x.severity === 'error')
                s.errors++;
            else if (x.severity === 'warning')
                s.warnings++;
            else
                s.notices++;
        }
    }
    return s;
}


/***/ }),

/***/ 2356:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fT: () => (/* binding */ assemble),
  js: () => (/* binding */ lintBytes),
  HL: () => (/* binding */ lintDocument),
  jg: () => (/* binding */ unreadableFinding)
});

// EXTERNAL MODULE: ./src/checks/index.ts + 41 modules
var checks = __nccwpck_require__(8134);
// EXTERNAL MODULE: ./src/model/analysis.ts
var model_analysis = __nccwpck_require__(7211);
// EXTERNAL MODULE: ./src/model/model.ts
var model_model = __nccwpck_require__(9860);
// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __nccwpck_require__(8227);
;// CONCATENATED MODULE: ./src/model/ruleset.ts

const RULE_FIELDS = [
    ['anyOfProtocols', 'AnyOfProtocols'],
    ['exceptAnyOfProtocols', 'ExceptAnyOfProtocols'],
    ['anyOfClientIPAddressesOrRanges', 'AnyOfClientIPAddressesOrRanges'],
    ['exceptAnyOfClientIPAddressesOrRanges', 'ExceptAnyOfClientIPAddressesOrRanges'],
    ['anyOfAuthenticationTypes', 'AnyOfAuthenticationTypes'],
    ['exceptAnyOfAuthenticationTypes', 'ExceptAnyOfAuthenticationTypes'],
    ['usernameMatchesAnyOfPatterns', 'UsernameMatchesAnyOfPatterns'],
    ['exceptUsernameMatchesAnyOfPatterns', 'ExceptUsernameMatchesAnyOfPatterns'],
    ['userRecipientFilter', 'UserRecipientFilter'],
    ['domainController', 'DomainController'],
    ['scope', 'Scope']
];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Builds the typed rule set from a document value. `invalid` holds the pointers of every schema
 * finding: an item with a finding at or below its pointer is skipped, so semantic checks never
 * see a half-valid rule and one typo gives one finding.
 */
function buildRuleSet(value, invalid) {
    const doc = isObj(value) ? value : {};
    const broken = (pointer) => invalid.some((p) => (0,engine_pointer/* isWithin */.UO)(p, pointer));
    const target = doc.Target === 'ExchangeServer' && !broken('/Target') ? 'ExchangeServer' : 'ExchangeOnline';
    const set = {
        target,
        targetExplicit: typeof doc.Target === 'string' && !broken('/Target'),
        hasClientAccessRules: 'ClientAccessRules' in doc,
        clientAccessRules: [],
        deviceAccessRules: [],
        tests: []
    };
    const items = (key) => {
        const list = doc[key];
        if (!Array.isArray(list) || invalid.includes(`/${key}`))
            return [];
        const out = [];
        list.forEach((item, index) => {
            const pointer = (0,engine_pointer/* join */.fj)('', key, index);
            if (isObj(item) && !broken(pointer))
                out.push([item, index, pointer]);
        });
        return out;
    };
    for (const [r, index, pointer] of items('ClientAccessRules')) {
        const rule = {
            index,
            pointer,
            name: r.Name,
            action: r.Action,
            enabled: r.Enabled !== false
        };
        if (typeof r.Priority === 'number')
            rule.priority = r.Priority;
        for (const [field, key] of RULE_FIELDS) {
            if (r[key] !== undefined)
                rule[field] = r[key];
        }
        set.clientAccessRules.push(rule);
    }
    for (const [r, index, pointer] of items('ActiveSyncDeviceAccessRules')) {
        set.deviceAccessRules.push({
            index,
            pointer,
            characteristic: r.Characteristic,
            queryString: r.QueryString,
            accessLevel: r.AccessLevel
        });
    }
    const org = doc.ActiveSyncOrganizationSettings;
    if (isObj(org) && !broken('/ActiveSyncOrganizationSettings')) {
        set.defaultAccessLevel = org.DefaultAccessLevel;
    }
    for (const [t, index, pointer] of items('Tests')) {
        const test = {
            index,
            pointer,
            protocol: t.Protocol,
            middleTier: t.MiddleTier === true,
            expect: t.Expect
        };
        if (typeof t.Name === 'string')
            test.name = t.Name;
        if (typeof t.AuthenticationType === 'string')
            test.authenticationType = t.AuthenticationType;
        if (typeof t.RemoteAddress === 'string')
            test.remoteAddress = t.RemoteAddress;
        if (typeof t.Username === 'string')
            test.username = t.Username;
        if (isObj(t.User))
            test.user = { ...t.User };
        if (t.ExpectRule !== undefined)
            test.expectRule = t.ExpectRule;
        set.tests.push(test);
    }
    return set;
}

// EXTERNAL MODULE: ./src/engine/config.ts
var engine_config = __nccwpck_require__(5710);
// EXTERNAL MODULE: ./src/engine/decode.ts
var decode = __nccwpck_require__(9334);
// EXTERNAL MODULE: ./src/engine/findings.ts
var engine_findings = __nccwpck_require__(8166);
// EXTERNAL MODULE: ./src/engine/parse.ts
var parse = __nccwpck_require__(2333);
// EXTERNAL MODULE: ./src/engine/schema.ts + 4 modules
var schema = __nccwpck_require__(1543);
;// CONCATENATED MODULE: ./src/engine/lint.ts









/**
 * Checks one rule-set file: decode → parse → schema → model → checks → findings. Pure: no I/O.
 * Never throws for any input; a check that throws is a bug and is reported as such by the caller.
 */
function lintBytes(file, bytes, config) {
    return lintDocument(file, bytes, config).findings;
}
/** `lintBytes`, also returning the rule set and its model for `test` and `to-powershell`. */
function lintDocument(file, bytes, config) {
    const out = [];
    const { limits, severity } = config;
    const push = (f) => {
        if (f)
            out.push(f);
    };
    const decoded = (0,decode/* decode */.D)(bytes, limits.maxFileBytes);
    if (!decoded.ok) {
        const span = { offset: decoded.offset, length: 1 };
        push(textProblem(file, decoded.text, decoded.messageId, decoded.data, span, config));
        return { findings: finish(out, config) };
    }
    const { text } = decoded;
    const parsed = (0,parse/* parse */.q)(text, limits.maxDepth);
    if (!parsed.ok) {
        const span = { offset: parsed.offset, length: parsed.length };
        push(textProblem(file, text, parsed.messageId, parsed.data, span, config));
        return { findings: finish(out, config) };
    }
    const positions = new engine_findings/* Positions */.Hy(text, parsed.tree);
    if (decoded.bom) {
        const f = (0,engine_findings/* makeFinding */.MH)((0,checks/* checkById */.xz)('EXO007'), { at: '', messageId: 'bom' }, file, positions, severity);
        if (f)
            Object.assign(f, { line: 1, column: 1, endLine: 1, endColumn: 2 });
        push(f);
    }
    const issues = (0,schema/* validateRuleSet */.He)(parsed.value, limits);
    const invalid = issues.map((i) => i.pointer);
    const invalidSet = new Set(invalid);
    for (const issue of issues) {
        // a number out of range is named as the file writes it, not as JSON.parse rounded it
        if (issue.messageId === 'range' && issue.target === 'value') {
            const span = positions.span(issue.pointer);
            const raw = text.slice(span.offset, span.offset + span.length);
            if (/^-?\d[\d.eE+-]*$/.test(raw))
                issue.data = { ...issue.data, value: raw };
        }
        push((0,engine_findings/* makeFinding */.MH)((0,checks/* checkById */.xz)(issue.checkId), { at: issue.pointer, target: issue.target, messageId: issue.messageId, data: issue.data }, file, positions, severity));
    }
    const ruleSet = buildRuleSet(parsed.value, invalid);
    let model;
    let analysis;
    const getModel = () => (model ??= (0,model_model/* buildModel */.yK)(ruleSet, limits.maxDepth));
    for (const check of checks/* CHECKS */.ui) {
        if (!check.run || severity[check.id] === 'off')
            continue;
        const ctx = {
            text,
            tree: parsed.tree,
            value: parsed.value,
            ruleSet,
            get model() {
                return getModel();
            },
            get analysis() {
                return (analysis ??= new model_analysis/* Analysis */.ht(getModel()));
            },
            limits,
            line: (pointer, target) => positions.range(pointer, target).line,
            lineOf: (node) => positions.lines.position(node.offset).line,
            schemaError: (pointer) => invalidSet.has(pointer),
            report: (report) => push((0,engine_findings/* makeFinding */.MH)(check, report, file, positions, severity))
        };
        if (check.scope === 'document' || check.scope === 'ruleset')
            check.run(ctx);
    }
    // a key that repeats another in a different case is one mistake (EXO002), not also an unknown one
    const repeated = new Set(out.filter((f) => f.id === 'EXO002').map((f) => f.pointer));
    const findings = finish(out.filter((f) => !(f.id === 'EXO003' && f.messageId.startsWith('unknownProperty') && repeated.has(f.pointer))), config);
    return {
        findings,
        ruleSet,
        model: getModel(),
        line: (pointer) => positions.range(pointer).line
    };
}
function finish(findings, config) {
    (0,engine_config/* applySuppressions */.px)(findings, config.suppressions);
    return (0,engine_findings/* sortFindings */.Tc)(findings);
}
/** EXO001 for a problem found in the text itself, before there is a tree to point into. */
function textProblem(file, text, messageId, data, span, config) {
    const report = { at: '', span, messageId, data };
    return (0,engine_findings/* makeFinding */.MH)((0,checks/* checkById */.xz)('EXO001'), report, file, new engine_findings/* Positions */.Hy(text, undefined), config.severity);
}
/** Findings for a file the loader refused (a symlink, a special file, outside the workspace…). */
function unreadableFinding(u, config) {
    const f = textProblem(u.file, '', u.messageId, u.data, { offset: 0, length: 0 }, config);
    return f ? finish([f], config) : [];
}
/** Assembles a run's result: the files in order, the config file's own findings, the counts. */
function assemble(files, loaded) {
    const all = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const configFindings = (0,engine_findings/* sortFindings */.Tc)([...loaded.findings, ...(0,engine_config/* unusedSuppressions */.TQ)(loaded)]);
    if (loaded.file && configFindings.length) {
        const existing = all.find((f) => f.file === loaded.file);
        if (existing)
            existing.findings = (0,engine_findings/* sortFindings */.Tc)([...existing.findings, ...configFindings]);
        else
            all.push({ file: loaded.file, findings: configFindings });
    }
    // the config file is listed when it has findings, but only rule-set files count as checked
    return { files: all, summary: { ...(0,engine_findings/* summarize */.eh)(all), files: files.length } };
}


/***/ }),

/***/ 6955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Do: () => (/* binding */ DEFAULT_PATTERN),
  fT: () => (/* binding */ expand),
  Yi: () => (/* binding */ readChecked),
  IC: () => (/* binding */ relativeName)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
var external_fs_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_fs_namespaceObject, 2);
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject_0
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __nccwpck_require__(7679);
;// CONCATENATED MODULE: ./src/engine/load.ts





/** The default rule-set glob. */
const DEFAULT_PATTERN = '**/*.exo.json';
/** Folders never searched: dependencies and version-control internals. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/**
 * Lists the files below `root` that match the globs. Symbolic links are listed as entries but
 * never followed (a link to `/` must not make the gate walk the machine), so the reader can refuse
 * them by name instead of skipping them silently.
 */
function globFiles(globs, root) {
    const out = [];
    for (const pattern of globs) {
        const { base } = picomatch_default().scan(pattern);
        const isMatch = picomatch_default()(pattern, { dot: false });
        const start = (0,external_node_path_.resolve)(root, base);
        if (!(0,external_node_fs_.existsSync)(start))
            continue;
        const crawled = new Builder()
            .withRelativePaths()
            .exclude((name) => SKIPPED_DIRS.has(name) || name.startsWith('.'))
            .crawl(start)
            .sync();
        for (const rel of crawled) {
            const name = relativeName(root, (0,external_node_path_.join)(start, rel));
            if (isMatch(name))
                out.push(name);
        }
    }
    return out;
}
/** Repo-relative path with forward slashes. */
function relativeName(root, file) {
    return (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/');
}
/**
 * Expands paths, directories and globs into the files to check, relative to `root`, sorted.
 * A directory means every `*.exo.json` below it. A named path that does not exist is a usage
 * error; so is a list longer than `maxFiles` (a gate never passes on a partial scan), and so is
 * an empty result (a typo in `paths` must not pass silently).
 */
function expand(patterns, root, maxFiles) {
    const globs = [];
    const named = [];
    for (const p of patterns) {
        if (p.trim() === '')
            continue;
        const abs = (0,external_node_path_.resolve)(root, p);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            st = undefined;
        }
        if (st?.isDirectory()) {
            const rel = relativeName(root, abs);
            globs.push(rel === '' ? DEFAULT_PATTERN : `${escapeGlob(rel)}/${DEFAULT_PATTERN}`);
        }
        else if (st)
            named.push(relativeName(root, abs));
        else if (picomatch_default().scan(p).isGlob)
            globs.push((0,external_node_path_.isAbsolute)(p) ? relativeName(root, p) : p);
        else
            throw new errors/* UsageError */.e(`No such file or directory: ${JSON.stringify(p)}.`);
    }
    const files = [...new Set([...named, ...globFiles(globs, root)])].sort();
    if (files.length > maxFiles) {
        throw new errors/* UsageError */.e(`${files.length} files match, over the cap of ${maxFiles} (limits.maxFiles); nothing was checked.`);
    }
    if (files.length === 0) {
        throw new errors/* UsageError */.e(`No rule-set file matched ${patterns.map((p) => JSON.stringify(p)).join(', ') || JSON.stringify(DEFAULT_PATTERN)}.`);
    }
    return files;
}
function escapeGlob(path) {
    return path.replace(/[*?[\]{}()!@+]/g, '\\$&');
}
/**
 * Reads one file for checking. Only regular files inside the workspace are read: a symlink, a
 * device, a FIFO or a path that resolves outside `root` is refused before it is opened, and the
 * size cap applies before reading (the content of a refused file never reaches any output).
 */
function readChecked(root, file, maxFileBytes) {
    const abs = (0,external_node_path_.resolve)(root, file);
    const refuse = (messageId, data) => ({
        file,
        messageId,
        data
    });
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(abs);
    }
    catch (e) {
        return refuse('unreadable', { code: e.code ?? 'error' });
    }
    if (st.isSymbolicLink())
        return refuse('notRegular', { kind: 'symbolic link' });
    if (!st.isFile())
        return refuse('notRegular', { kind: kindOf(st) });
    let real;
    try {
        real = external_node_fs_.realpathSync.native(abs);
    }
    catch (e) {
        return refuse('unreadable', { code: e.code ?? 'error' });
    }
    const realRoot = external_node_fs_.realpathSync.native(root);
    if (real !== realRoot && !real.startsWith(realRoot + external_node_path_.sep))
        return refuse('outsideWorkspace', { root: '.' });
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        return refuse('unreadable', { code: e.code ?? 'error' });
    }
    try {
        const fst = (0,external_node_fs_.fstatSync)(fd);
        if (!fst.isFile())
            return refuse('notRegular', { kind: kindOf(fst) });
        // Read at most one byte past the cap: enough to know it is too large, never the whole file.
        const want = Math.min(fst.size, maxFileBytes + 1);
        const buf = Buffer.allocUnsafe(want);
        let got = 0;
        while (got < want) {
            const n = (0,external_node_fs_.readSync)(fd, buf, got, want - got, got);
            if (n === 0)
                break;
            got += n;
        }
        if (got > maxFileBytes)
            return refuse('tooLarge', { size: Math.max(fst.size, got), cap: maxFileBytes });
        return { bytes: buf.subarray(0, got) };
    }
    catch (e) {
        return refuse('unreadable', { code: e.code ?? 'error' });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'directory';
    if (st.isFIFO())
        return 'named pipe';
    if (st.isSocket())
        return 'socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'device';
    return 'special file';
}


/***/ }),

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ml: () => (/* binding */ isLintWorker),
  ji: () => (/* binding */ lintFiles),
  tj: () => (/* binding */ serveLintWorker),
  mx: () => (/* binding */ useWorkerEntry)
});

// UNUSED EXPORTS: PARALLEL_MIN_FILES, THREADS_ENV, lintOne, threadsFor

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/engine/lint.ts + 1 modules
var lint = __nccwpck_require__(2356);
// EXTERNAL MODULE: ./src/engine/load.ts + 4 modules
var load = __nccwpck_require__(6955);
;// CONCATENATED MODULE: ./src/engine/parallel.ts




/**
 * Checking many files on every core. The bundled CLI and action start copies of themselves as
 * worker threads (the entry registers itself with `useWorkerEntry`); each worker reads and checks
 * the files it is handed and sends back their findings, which are plain data. The main thread
 * checks files too, hands out work in small batches as workers finish theirs, and applies the
 * config's suppressions itself, so which suppressions were used is known in one place. If a
 * worker cannot start or fails, its batch is checked on the main thread: no file is ever lost.
 */
/**
 * Below this many files one thread is as fast: a worker costs its start-up and its own JIT warm-up,
 * and V8's GC and compiler threads already keep a second core busy. Measured on a 2-core runner
 * (bench corpus, 7 KB files): 1,000 files 3.3 s on one thread and 3.7 s on two; 2,000 files 7.8 s
 * and 6.2 s; 5,000 files 19.1 s and 11.2 s.
 */
const PARALLEL_MIN_FILES = 1500;
/** Files per message: small enough to balance, large enough that messages cost little. */
const BATCH = 25;
/** `EXO_ACCESS_GATE_THREADS`: how many threads to check with (1 = no workers). */
const THREADS_ENV = 'EXO_ACCESS_GATE_THREADS';
/** The marker in `workerData` that tells an entry it was started as a worker. */
const MARKER = 'exoAccessGateWorker';
let entry;
/**
 * Called by a bundled entry point with its own `import.meta.url`: from then on, large runs may
 * start workers from that file. Entries run from TypeScript sources (tests) never call it.
 */
function useWorkerEntry(url) {
    entry = new URL(url);
}
/** True when this thread was started as a worker by `lintFiles`. */
function isLintWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.[MARKER] === true;
}
/** The worker's side: check every batch the main thread sends, until it closes the port. */
function serveLintWorker() {
    const { root, config } = external_node_worker_threads_namespaceObject.workerData.job;
    external_node_worker_threads_namespaceObject.parentPort.on('message', (batch) => {
        const result = {
            id: batch.id,
            findings: batch.files.map((f) => lintOne(root, f, config))
        };
        external_node_worker_threads_namespaceObject.parentPort.postMessage(result);
    });
}
/** Reads and checks one file (never throws). */
function lintOne(root, file, config) {
    const read = (0,load/* readChecked */.Yi)(root, file, config.limits.maxFileBytes);
    return 'bytes' in read ? (0,lint/* lintBytes */.js)(file, read.bytes, config) : (0,lint/* unreadableFinding */.jg)(read, config);
}
/**
 * How many threads a run of `files` files uses: `EXO_ACCESS_GATE_THREADS` when set (at most one
 * thread per batch of files), else every core from PARALLEL_MIN_FILES files on. Always one where
 * no bundle registered itself as the worker entry (the TypeScript sources under test).
 */
function threadsFor(files, env = process.env) {
    if (!entry)
        return 1;
    const asked = Number.parseInt(env[THREADS_ENV] ?? '', 10);
    if (Number.isInteger(asked) && asked >= 1) {
        return Math.max(1, Math.min(asked, 16, Math.ceil(files / BATCH)));
    }
    if (files < PARALLEL_MIN_FILES)
        return 1;
    return Math.max(1, Math.min((0,external_node_os_namespaceObject.availableParallelism)(), 16, Math.ceil(files / PARALLEL_MIN_FILES)));
}
/**
 * Every file's findings, in the order of `files`, before suppressions (`config.suppressions` is
 * not sent to workers; the caller applies it). `progress` is called as files complete.
 */
async function lintFiles(root, files, config, progress) {
    const results = new Array(files.length);
    let done = 0;
    const complete = (index, findings) => {
        results[index] = findings;
        progress?.(++done);
    };
    const bare = { ...config, suppressions: [] };
    const threads = threadsFor(files.length);
    if (threads <= 1) {
        files.forEach((f, i) => complete(i, lintOne(root, f, bare)));
        return { findings: results, threads };
    }
    const batches = [];
    for (let i = 0; i < files.length; i += BATCH) {
        batches.push(Array.from({ length: Math.min(BATCH, files.length - i) }, (_, k) => i + k));
    }
    let next = 0;
    const take = () => batches[next++];
    const workers = Array.from({ length: threads - 1 }, () => startWorker(root, bare, files, take, complete));
    // the main thread works too, yielding between batches so workers' results are taken in
    for (let batch = take(); batch; batch = take()) {
        for (const i of batch)
            complete(i, lintOne(root, files[i], bare));
        await new Promise((resolve) => setImmediate(resolve));
    }
    // a batch a worker failed on comes back here
    const orphans = await Promise.all(workers);
    for (const batch of orphans.flat()) {
        for (const i of batch)
            if (!results[i])
                complete(i, lintOne(root, files[i], bare));
    }
    return { findings: results, threads };
}
/**
 * Starts one worker and keeps it busy until the batches run out. Resolves with the batches it did
 * not finish (empty unless it failed), once it has stopped.
 */
function startWorker(root, config, files, take, complete) {
    return new Promise((resolve) => {
        const pending = new Map();
        let ended = false;
        const end = () => {
            if (ended)
                return;
            ended = true;
            resolve([...pending.values()]);
        };
        let worker;
        try {
            worker = new external_node_worker_threads_namespaceObject.Worker(entry, {
                workerData: { [MARKER]: true, job: { root, config } },
                stdout: false,
                stderr: false
            });
        }
        catch {
            end();
            return;
        }
        let id = 0;
        const send = () => {
            const batch = take();
            if (!batch) {
                if (pending.size === 0)
                    void worker.terminate().then(end, end);
                return;
            }
            pending.set(++id, batch);
            worker.postMessage({ id, files: batch.map((i) => files[i]) });
        };
        worker.on('message', (result) => {
            const batch = pending.get(result.id);
            if (!batch)
                return;
            pending.delete(result.id);
            batch.forEach((index, k) => complete(index, result.findings[k]));
            send();
        });
        worker.on('error', () => {
            void worker.terminate().then(end, end);
        });
        worker.on('exit', end);
        // two batches in flight, so a worker never waits for the main thread to answer
        send();
        send();
    });
}


/***/ }),

/***/ 2333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony export depthExceeded */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6060);


/**
 * Cheap iterative scan for the nesting depth, before any recursive step (jsonc-parser, ajv and
 * `JSON.stringify` overflow the stack at a few thousand levels; real rule sets are 3–5 deep).
 * Returns the offset of the first bracket past the cap, or -1.
 */
function depthExceeded(text, maxDepth) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            if (++depth > maxDepth)
                return i;
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return -1;
}
/**
 * Strict RFC 8259 parse. `JSON.parse` is the acceptance gate and the only producer of values;
 * jsonc-parser's scan of the same text (comments and trailing commas are errors) supplies the
 * position of a rejection and, for accepted text, the tree used for positions and duplicate keys.
 */
function parse(text, maxDepth) {
    if (/^[ \t\n\r]*$/.test(text)) {
        return { ok: false, messageId: 'empty', data: {}, offset: 0, length: 0 };
    }
    const deep = depthExceeded(text, maxDepth);
    if (deep >= 0)
        return { ok: false, messageId: 'tooDeep', data: { cap: maxDepth }, offset: deep, length: 1 };
    const errors = [];
    const tree = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false
    });
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return describe(text, errors, e, tree);
    }
    if (!tree)
        return describe(text, errors, undefined, tree);
    return { ok: true, value: toNullPrototype(value), tree };
}
/** Copies own properties into null-prototype objects: no inherited key can satisfy a check. */
function toNullPrototype(v) {
    if (Array.isArray(v))
        return v.map(toNullPrototype);
    if (v !== null && typeof v === 'object') {
        const out = Object.create(null);
        for (const k of Object.keys(v))
            out[k] = toNullPrototype(v[k]);
        return out;
    }
    return v;
}
const CLOSERS = new Set(['}', ']']);
/** jsonc-parser error codes about strings and comments: never about a number. */
const TEXT_ERRORS = new Set([10, 11, 12, 14, 15, 16]);
/** Turns the first problem jsonc-parser saw into a readable EXO001 message. */
function describe(text, errors, thrown, tree) {
    const first = errors[0];
    if (!first) {
        // jsonc-parser saw nothing wrong but JSON.parse did: take V8's position when it gives one.
        const m = /position (\d+)/.exec(String(thrown?.message ?? ''));
        const offset = m ? Math.min(Number(m[1]), text.length) : text.length;
        return fromToken(text, 'invalidSymbol', offset);
    }
    const { error, offset } = first;
    // `01`, `+1`, `.5`, `0x1`, `NaN`, `-Infinity`: jsonc-parser stops inside or after the literal
    // (a leading zero reads as two numbers); report the whole literal from its first character.
    const number = TEXT_ERRORS.has(error) ? undefined : badNumber(text, offset);
    if (number)
        return number;
    // anything after the complete value: `{…} x`
    if (error === 1 && tree && offset >= tree.offset + tree.length) {
        return fromToken(text, 'endExpected', offset);
    }
    const token = tokenAt(text, offset);
    switch (error) {
        case 1: // InvalidSymbol
            return fromToken(text, 'invalidSymbol', offset);
        case 2: // InvalidNumberFormat
        case 13: // UnexpectedEndOfNumber
            return fromToken(text, 'invalidNumber', numberStart(text, offset));
        case 3: // PropertyNameExpected
        case 4: {
            // ValueExpected
            if (CLOSERS.has(token)) {
                const comma = previousSignificant(text, offset);
                if (comma >= 0 && text[comma] === ',') {
                    return {
                        ok: false,
                        messageId: 'trailingComma',
                        data: { token },
                        offset: comma,
                        length: 1
                    };
                }
            }
            if (offset >= text.length)
                return atEnd(text);
            return fromToken(text, error === 3 ? 'propertyNameExpected' : 'valueExpected', offset);
        }
        case 5: // ColonExpected
            return offset >= text.length ? atEnd(text) : fromToken(text, 'colonExpected', offset);
        case 6: // CommaExpected
        case 7: // CloseBraceExpected
        case 8: // CloseBracketExpected
            if (offset >= text.length)
                return atEnd(text);
            return fromToken(text, 'commaExpected', offset);
        case 9: // EndOfFileExpected
            return fromToken(text, 'endExpected', offset);
        case 10: // InvalidCommentToken
        case 11: // UnexpectedEndOfComment
            return fromToken(text, 'comment', offset);
        case 12: // UnexpectedEndOfString
            return { ok: false, messageId: 'unterminatedString', data: {}, offset, length: 1 };
        case 14: // InvalidUnicode
        case 15: // InvalidEscapeCharacter
            return escapeProblem(text, offset);
        case 16: {
            // InvalidCharacter: a raw control character inside a string. jsonc-parser reports the
            // whole string token; point at the character itself.
            let at = offset;
            const end = Math.min(text.length, offset + Math.max(first.length, 1));
            for (let k = offset; k < end; k++) {
                if (text.charCodeAt(k) < 0x20) {
                    at = k;
                    break;
                }
            }
            const ch = text.charCodeAt(at);
            return {
                ok: false,
                messageId: 'controlCharacter',
                data: { char: 'U+' + ch.toString(16).toUpperCase().padStart(4, '0') },
                offset: at,
                length: 1
            };
        }
        default:
            return fromToken(text, 'invalidSymbol', offset);
    }
}
function atEnd(text) {
    return { ok: false, messageId: 'unexpectedEnd', data: {}, offset: text.length, length: 0 };
}
function fromToken(text, messageId, offset) {
    if (offset >= text.length)
        return atEnd(text);
    const token = tokenAt(text, offset);
    return { ok: false, messageId, data: { token: (0,_display_js__WEBPACK_IMPORTED_MODULE_1__/* .display */ .Vy)(token, 40) }, offset, length: token.length };
}
/** The token starting at `offset`: a bracket or punctuation, or a run of word characters. */
function tokenAt(text, offset) {
    const c = text[offset];
    if (c === undefined)
        return '';
    if ('{}[],:'.includes(c))
        return c;
    if (c === '"' || c === "'") {
        const end = text.indexOf(c, offset + 1);
        return text.slice(offset, end < 0 ? Math.min(text.length, offset + 40) : end + 1);
    }
    if (c === '/')
        return text.slice(offset, offset + 2);
    const m = /^[^\s{}[\],:"]+/.exec(text.slice(offset, offset + 64));
    if (m)
        return m[0];
    // a single UTF-16 character (keep surrogate pairs together)
    return String.fromCodePoint(text.codePointAt(offset) ?? 0);
}
const NUMBER_CHAR = /[-+.0-9A-Za-z]/;
const JSON_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/;
/**
 * The number-like literal around `offset` when it is not a JSON number (`01`, `+1`, `.5`, `1.`,
 * `0x1`, `NaN`, `-Infinity`), as an `invalidNumber` failure at its first character.
 */
function badNumber(text, offset) {
    if (!NUMBER_CHAR.test(text[offset] ?? ''))
        return undefined;
    let start = offset;
    while (start > 0 && NUMBER_CHAR.test(text[start - 1]))
        start--;
    let end = offset;
    while (end < text.length && NUMBER_CHAR.test(text[end]))
        end++;
    const literal = text.slice(start, end);
    if (!/^[-+.0-9]/.test(literal) && !/^(NaN|Infinity)$/.test(literal))
        return undefined;
    if (JSON_NUMBER.test(literal))
        return undefined;
    return {
        ok: false,
        messageId: 'invalidNumber',
        data: { token: (0,_display_js__WEBPACK_IMPORTED_MODULE_1__/* .display */ .Vy)(literal, 40) },
        offset: start,
        length: literal.length
    };
}
function numberStart(text, offset) {
    let i = offset;
    while (i > 0 && /[-+0-9.eE]/.test(text[i - 1] ?? ''))
        i--;
    return i;
}
function previousSignificant(text, offset) {
    let i = offset - 1;
    while (i >= 0 && ' \t\r\n'.includes(text[i]))
        i--;
    return i;
}
function escapeProblem(text, offset) {
    // jsonc-parser reports the string's start or the escape's; find the backslash itself.
    let i = offset;
    const close = text.indexOf('"', offset + 1);
    const stop = close < 0 ? text.length : close;
    let at = -1;
    for (let k = i; k < stop; k++) {
        if (text[k] === '\\') {
            const next = text[k + 1] ?? '';
            if (next === 'u') {
                if (!/^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) {
                    at = k;
                    break;
                }
                k += 5;
            }
            else if ('"\\/bfnrt'.includes(next) && next !== '')
                k++;
            else {
                at = k;
                break;
            }
        }
    }
    i = at < 0 ? offset : at;
    const seq = text.slice(i, text[i + 1] === 'u' ? i + 6 : i + 2);
    return {
        ok: false,
        messageId: 'invalidEscape',
        data: { token: (0,_display_js__WEBPACK_IMPORTED_MODULE_1__/* .display */ .Vy)(seq, 40) },
        offset: i,
        length: seq.length
    };
}


/***/ }),

/***/ 8227:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   fj: () => (/* binding */ join),
/* harmony export */   lD: () => (/* binding */ split),
/* harmony export */   tj: () => (/* binding */ escapeToken)
/* harmony export */ });
/* unused harmony export unescapeToken */
/** RFC 6901 JSON Pointer helpers: one place for `~0`/`~1` in both directions. */
/** Escapes one reference token. */
function escapeToken(token) {
    // nearly every token is an index or a plain key: no regular expression runs for those
    if (typeof token === 'number')
        return String(token);
    if (!token.includes('~') && !token.includes('/'))
        return token;
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Unescapes one reference token. */
function unescapeToken(token) {
    return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** Appends tokens to a pointer: `join('/A', 'b/c', 0)` is `/A/b~1c/0`. */
function join(pointer, ...tokens) {
    let out = pointer;
    for (const t of tokens)
        out += '/' + escapeToken(t);
    return out;
}
/** Splits a pointer into its unescaped tokens; `''` is the root. */
function split(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`not a JSON Pointer: ${pointer}`);
    return pointer.slice(1).split('/').map(unescapeToken);
}
/** True when `pointer` is `prefix` or lies below it (segment-wise: `/a/1` is not below `/a/10`). */
function isWithin(pointer, prefix) {
    return pointer === prefix || pointer.startsWith(prefix.endsWith('/') ? prefix : prefix + '/');
}
/** The value a pointer names inside a parsed document, or undefined. */
function valueAt(value, pointer) {
    let v = value;
    for (const t of split(pointer)) {
        v = v !== null && typeof v === 'object' ? v[t] : undefined;
    }
    return v;
}


/***/ }),

/***/ 3730:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ spanInString),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8227);

/**
 * Maps offsets to lines and columns. JSON knows three line breaks: LF, CRLF and a lone CR; a line
 * break inside a string is not legal JSON, so only whitespace breaks lines in a valid document.
 */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
        }
    }
    /** 1-based line and column of an offset (clamped to the text). */
    position(offset) {
        const at = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: at - this.starts[lo] + 1 };
    }
    /** The range of a span; an empty span covers one character so that editors can show it. */
    range(span) {
        const start = this.position(span.offset);
        const end = this.position(span.offset + Math.max(span.length, 1));
        return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
}
/**
 * Finds the node a pointer names in a jsonc-parser tree. Where the pointer names nothing (a
 * missing property), the closest existing ancestor is returned with `exact: false`.
 * Duplicate keys: the last member wins, as it does in `JSON.parse`.
 */
function locate(root, pointer) {
    let node = root;
    for (const token of (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .split */ .lD)(pointer)) {
        let next;
        if (node.type === 'object') {
            for (const member of node.children ?? []) {
                if (member.children?.[0]?.value === token)
                    next = member.children[1];
            }
        }
        else if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(token)) {
            next = node.children?.[Number(token)];
        }
        if (!next)
            return { node, exact: false };
        node = next;
    }
    return { node, exact: true };
}
/** The span to show for a node: its key, its value, or an object's or array's opening bracket. */
function spanOf(node, target) {
    if (target === 'key' && node.parent?.type === 'property') {
        const key = node.parent.children?.[0];
        if (key)
            return { offset: key.offset, length: key.length };
    }
    if (target === 'open' && (node.type === 'object' || node.type === 'array')) {
        return { offset: node.offset, length: 1 };
    }
    return { offset: node.offset, length: node.length };
}
/**
 * Maps a range of a decoded string (indexes into the value) to the span of the raw string token
 * in the file, so that a finding inside a filter points at the right file column even when the
 * string holds escapes such as `\"` or `\u00e9`.
 */
function spanInString(text, token, start, end) {
    // offsets[i] = raw offset of decoded index i; one extra entry for the end.
    let raw = token.offset + 1;
    const last = token.offset + token.length - 1;
    let decoded = 0;
    let rawStart = -1;
    let rawEnd = -1;
    while (raw <= last) {
        if (decoded === start && rawStart < 0)
            rawStart = raw;
        if (decoded === end) {
            rawEnd = raw;
            break;
        }
        if (raw === last)
            break;
        const c = text.charCodeAt(raw);
        if (c === 92 /* \ */)
            raw += text.charCodeAt(raw + 1) === 117 /* u */ ? 6 : 2;
        else
            raw += 1;
        decoded += 1;
    }
    if (rawStart < 0)
        rawStart = last;
    if (rawEnd < 0)
        rawEnd = last;
    return { offset: rawStart, length: Math.max(rawEnd - rawStart, 0) };
}


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $r: () => (/* binding */ schema_validateConfig),
  He: () => (/* binding */ schema_validateRuleSet)
});

// UNUSED EXPORTS: AJV_OPTIONS, FORBIDDEN_KEYS, compileValidator

;// CONCATENATED MODULE: ./schemas/ruleset.schema.json
const ruleset_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://exo-access-gate.dev/schemas/ruleset.schema.json","title":"exo-access-gate rule set","description":"Exchange client access rules and ActiveSync device access rules kept as code. Keys are the cmdlet parameter names of New-ClientAccessRule and New-ActiveSyncDeviceAccessRule.","type":"object","additionalProperties":false,"anyOf":[{"required":["ClientAccessRules"]},{"required":["ActiveSyncDeviceAccessRules"]},{"required":["ActiveSyncOrganizationSettings"]}],"properties":{"$schema":{"type":"string","maxLength":4096},"Target":{"description":"ExchangeOnline (default) or ExchangeServer (Exchange Server 2019 / Subscription Edition).","enum":["ExchangeOnline","ExchangeServer"]},"ClientAccessRules":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/clientAccessRule"}},"ActiveSyncDeviceAccessRules":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/deviceAccessRule"}},"ActiveSyncOrganizationSettings":{"type":"object","additionalProperties":false,"required":["DefaultAccessLevel"],"properties":{"DefaultAccessLevel":{"$ref":"#/definitions/accessLevel"}}},"Tests":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/test"}}},"definitions":{"text":{"type":"string","minLength":1,"maxLength":4096},"protocol":{"enum":["ExchangeActiveSync","ExchangeAdminCenter","ExchangeWebServices","IMAP4","OfflineAddressBook","OutlookAnywhere","OutlookWebApp","POP3","PowerShellWebServices","RemotePowerShell","REST","UniversalOutlook"]},"authenticationType":{"enum":["AdfsAuthentication","BasicAuthentication","CertificateBasedAuthentication","NonBasicAuthentication","OAuthAuthentication"]},"accessLevel":{"enum":["Allow","Block","Quarantine"]},"protocolList":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/protocol"}},"authenticationTypeList":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/authenticationType"}},"textList":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/text"}},"clientAccessRule":{"type":"object","additionalProperties":false,"required":["Name","Action"],"properties":{"Name":{"type":"string","minLength":1,"maxLength":64},"Action":{"enum":["AllowAccess","DenyAccess"]},"Priority":{"type":"integer","minimum":0,"maximum":2147483647},"Enabled":{"type":"boolean"},"Scope":{"enum":["All","Users"]},"AnyOfProtocols":{"$ref":"#/definitions/protocolList"},"ExceptAnyOfProtocols":{"$ref":"#/definitions/protocolList"},"AnyOfClientIPAddressesOrRanges":{"$ref":"#/definitions/textList"},"ExceptAnyOfClientIPAddressesOrRanges":{"$ref":"#/definitions/textList"},"AnyOfAuthenticationTypes":{"$ref":"#/definitions/authenticationTypeList"},"ExceptAnyOfAuthenticationTypes":{"$ref":"#/definitions/authenticationTypeList"},"UsernameMatchesAnyOfPatterns":{"$ref":"#/definitions/textList"},"ExceptUsernameMatchesAnyOfPatterns":{"$ref":"#/definitions/textList"},"UserRecipientFilter":{"$ref":"#/definitions/text"},"DomainController":{"$ref":"#/definitions/text"}}},"deviceAccessRule":{"type":"object","additionalProperties":false,"required":["Characteristic","QueryString","AccessLevel"],"properties":{"Characteristic":{"enum":["DeviceModel","DeviceType","DeviceOS","UserAgent","XMSWLHeader"]},"QueryString":{"type":"string","minLength":1,"maxLength":256},"AccessLevel":{"$ref":"#/definitions/accessLevel"}}},"recipientProperty":{"type":"string","maxLength":4096},"test":{"type":"object","additionalProperties":false,"required":["Protocol","Expect"],"properties":{"Name":{"$ref":"#/definitions/text"},"Protocol":{"$ref":"#/definitions/protocol"},"AuthenticationType":{"$ref":"#/definitions/authenticationType"},"RemoteAddress":{"$ref":"#/definitions/text"},"Username":{"$ref":"#/definitions/text"},"User":{"type":"object","additionalProperties":false,"properties":{"City":{"$ref":"#/definitions/recipientProperty"},"Company":{"$ref":"#/definitions/recipientProperty"},"CountryOrRegion":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute1":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute2":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute3":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute4":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute5":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute6":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute7":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute8":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute9":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute10":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute11":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute12":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute13":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute14":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute15":{"$ref":"#/definitions/recipientProperty"},"Department":{"$ref":"#/definitions/recipientProperty"},"Office":{"$ref":"#/definitions/recipientProperty"},"PostalCode":{"$ref":"#/definitions/recipientProperty"},"StateOrProvince":{"$ref":"#/definitions/recipientProperty"},"StreetAddress":{"$ref":"#/definitions/recipientProperty"}}},"MiddleTier":{"type":"boolean"},"Expect":{"enum":["AllowAccess","DenyAccess"]},"ExpectRule":{"anyOf":[{"type":"string","minLength":1,"maxLength":64},{"type":"null"}]}}}}}');
;// CONCATENATED MODULE: ./schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://exo-access-gate.dev/schemas/config.schema.json","title":"exo-access-gate configuration","description":"The gate\'s own configuration (.exo-access-gate.json at the repository root).","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","maxLength":4096},"paths":{"description":"Globs of the rule-set files to check.","type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}},"failOn":{"description":"The lowest severity that fails the gate.","enum":["error","warning","notice","never"]},"severity":{"description":"Severity overrides by check ID.","type":"object","propertyNames":{"pattern":"^EXO[0-9]{3}$"},"additionalProperties":{"enum":["error","warning","notice","off"]}},"suppressions":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["id","reason"],"properties":{"id":{"type":"string","pattern":"^EXO[0-9]{3}$"},"path":{"type":"string","minLength":1,"maxLength":4096},"pointer":{"type":"string","maxLength":4096,"pattern":"^(/.*)?$"},"reason":{"type":"string","minLength":1,"maxLength":4096,"pattern":"\\\\S"}}}},"limits":{"type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"type":"integer","minimum":1,"maximum":1073741824},"maxDepth":{"type":"integer","minimum":2,"maximum":1000},"maxListItems":{"type":"integer","minimum":1,"maximum":1000000},"maxStringLength":{"type":"integer","minimum":1,"maximum":1048576},"maxWildcards":{"type":"integer","minimum":1,"maximum":1000},"maxFiles":{"type":"integer","minimum":1,"maximum":10000000}}}}}');
;// CONCATENATED MODULE: ./src/engine/ajv-options.json
const ajv_options_namespaceObject = /*#__PURE__*/JSON.parse('{"strict":true,"unicode":false,"logger":false,"strictRequired":false,"allErrors":true,"verbose":true,"coerceTypes":false,"useDefaults":false,"removeAdditional":false}');
// EXTERNAL MODULE: ./src/checks/exo004-unsupported-parameter.ts
var exo004_unsupported_parameter = __nccwpck_require__(3823);
// EXTERNAL MODULE: ./src/engine/display.ts
var display = __nccwpck_require__(6060);
;// CONCATENATED MODULE: ./src/engine/generated/validators.js
// @ts-nocheck
// Generated by scripts/build-validators.mjs from schemas/ruleset.schema.json and
// schemas/config.schema.json (ajv standalone code). Do not edit: change a schema and run
// `npm run validators` (or `npm run build`).
const validateRuleSet = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://exo-access-gate.dev/schemas/ruleset.schema.json","title":"exo-access-gate rule set","description":"Exchange client access rules and ActiveSync device access rules kept as code. Keys are the cmdlet parameter names of New-ClientAccessRule and New-ActiveSyncDeviceAccessRule.","type":"object","additionalProperties":false,"anyOf":[{"required":["ClientAccessRules"]},{"required":["ActiveSyncDeviceAccessRules"]},{"required":["ActiveSyncOrganizationSettings"]}],"properties":{"$schema":{"type":"string","maxLength":4096},"Target":{"description":"ExchangeOnline (default) or ExchangeServer (Exchange Server 2019 / Subscription Edition).","enum":["ExchangeOnline","ExchangeServer"]},"ClientAccessRules":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/clientAccessRule"}},"ActiveSyncDeviceAccessRules":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/deviceAccessRule"}},"ActiveSyncOrganizationSettings":{"type":"object","additionalProperties":false,"required":["DefaultAccessLevel"],"properties":{"DefaultAccessLevel":{"$ref":"#/definitions/accessLevel"}}},"Tests":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/test"}}},"definitions":{"text":{"type":"string","minLength":1,"maxLength":4096},"protocol":{"enum":["ExchangeActiveSync","ExchangeAdminCenter","ExchangeWebServices","IMAP4","OfflineAddressBook","OutlookAnywhere","OutlookWebApp","POP3","PowerShellWebServices","RemotePowerShell","REST","UniversalOutlook"]},"authenticationType":{"enum":["AdfsAuthentication","BasicAuthentication","CertificateBasedAuthentication","NonBasicAuthentication","OAuthAuthentication"]},"accessLevel":{"enum":["Allow","Block","Quarantine"]},"protocolList":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/protocol"}},"authenticationTypeList":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/authenticationType"}},"textList":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/text"}},"clientAccessRule":{"type":"object","additionalProperties":false,"required":["Name","Action"],"properties":{"Name":{"type":"string","minLength":1,"maxLength":64},"Action":{"enum":["AllowAccess","DenyAccess"]},"Priority":{"type":"integer","minimum":0,"maximum":2147483647},"Enabled":{"type":"boolean"},"Scope":{"enum":["All","Users"]},"AnyOfProtocols":{"$ref":"#/definitions/protocolList"},"ExceptAnyOfProtocols":{"$ref":"#/definitions/protocolList"},"AnyOfClientIPAddressesOrRanges":{"$ref":"#/definitions/textList"},"ExceptAnyOfClientIPAddressesOrRanges":{"$ref":"#/definitions/textList"},"AnyOfAuthenticationTypes":{"$ref":"#/definitions/authenticationTypeList"},"ExceptAnyOfAuthenticationTypes":{"$ref":"#/definitions/authenticationTypeList"},"UsernameMatchesAnyOfPatterns":{"$ref":"#/definitions/textList"},"ExceptUsernameMatchesAnyOfPatterns":{"$ref":"#/definitions/textList"},"UserRecipientFilter":{"$ref":"#/definitions/text"},"DomainController":{"$ref":"#/definitions/text"}}},"deviceAccessRule":{"type":"object","additionalProperties":false,"required":["Characteristic","QueryString","AccessLevel"],"properties":{"Characteristic":{"enum":["DeviceModel","DeviceType","DeviceOS","UserAgent","XMSWLHeader"]},"QueryString":{"type":"string","minLength":1,"maxLength":256},"AccessLevel":{"$ref":"#/definitions/accessLevel"}}},"recipientProperty":{"type":"string","maxLength":4096},"test":{"type":"object","additionalProperties":false,"required":["Protocol","Expect"],"properties":{"Name":{"$ref":"#/definitions/text"},"Protocol":{"$ref":"#/definitions/protocol"},"AuthenticationType":{"$ref":"#/definitions/authenticationType"},"RemoteAddress":{"$ref":"#/definitions/text"},"Username":{"$ref":"#/definitions/text"},"User":{"type":"object","additionalProperties":false,"properties":{"City":{"$ref":"#/definitions/recipientProperty"},"Company":{"$ref":"#/definitions/recipientProperty"},"CountryOrRegion":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute1":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute2":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute3":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute4":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute5":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute6":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute7":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute8":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute9":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute10":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute11":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute12":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute13":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute14":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute15":{"$ref":"#/definitions/recipientProperty"},"Department":{"$ref":"#/definitions/recipientProperty"},"Office":{"$ref":"#/definitions/recipientProperty"},"PostalCode":{"$ref":"#/definitions/recipientProperty"},"StateOrProvince":{"$ref":"#/definitions/recipientProperty"},"StreetAddress":{"$ref":"#/definitions/recipientProperty"}}},"MiddleTier":{"type":"boolean"},"Expect":{"enum":["AllowAccess","DenyAccess"]},"ExpectRule":{"anyOf":[{"type":"string","minLength":1,"maxLength":64},{"type":"null"}]}}}}};
const schema22 = {"enum":["Allow","Block","Quarantine"]};
const schema12 = {"type":"object","additionalProperties":false,"required":["Name","Action"],"properties":{"Name":{"type":"string","minLength":1,"maxLength":64},"Action":{"enum":["AllowAccess","DenyAccess"]},"Priority":{"type":"integer","minimum":0,"maximum":2147483647},"Enabled":{"type":"boolean"},"Scope":{"enum":["All","Users"]},"AnyOfProtocols":{"$ref":"#/definitions/protocolList"},"ExceptAnyOfProtocols":{"$ref":"#/definitions/protocolList"},"AnyOfClientIPAddressesOrRanges":{"$ref":"#/definitions/textList"},"ExceptAnyOfClientIPAddressesOrRanges":{"$ref":"#/definitions/textList"},"AnyOfAuthenticationTypes":{"$ref":"#/definitions/authenticationTypeList"},"ExceptAnyOfAuthenticationTypes":{"$ref":"#/definitions/authenticationTypeList"},"UsernameMatchesAnyOfPatterns":{"$ref":"#/definitions/textList"},"ExceptUsernameMatchesAnyOfPatterns":{"$ref":"#/definitions/textList"},"UserRecipientFilter":{"$ref":"#/definitions/text"},"DomainController":{"$ref":"#/definitions/text"}}};
const schema16 = {"type":"string","minLength":1,"maxLength":4096};
const func2 = Object.prototype.hasOwnProperty;
const schema13 = {"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/protocol"}};
const schema14 = {"enum":["ExchangeActiveSync","ExchangeAdminCenter","ExchangeWebServices","IMAP4","OfflineAddressBook","OutlookAnywhere","OutlookWebApp","POP3","PowerShellWebServices","RemotePowerShell","REST","UniversalOutlook"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length > 1000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(!((((((((((((data0 === "ExchangeActiveSync") || (data0 === "ExchangeAdminCenter")) || (data0 === "ExchangeWebServices")) || (data0 === "IMAP4")) || (data0 === "OfflineAddressBook")) || (data0 === "OutlookAnywhere")) || (data0 === "OutlookWebApp")) || (data0 === "POP3")) || (data0 === "PowerShellWebServices")) || (data0 === "RemotePowerShell")) || (data0 === "REST")) || (data0 === "UniversalOutlook"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/protocol/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/text"}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length > 1000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(data0.length > 4096){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/authenticationType"}};
const schema18 = {"enum":["AdfsAuthentication","BasicAuthentication","CertificateBasedAuthentication","NonBasicAuthentication","OAuthAuthentication"]};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length > 1000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(!(((((data0 === "AdfsAuthentication") || (data0 === "BasicAuthentication")) || (data0 === "CertificateBasedAuthentication")) || (data0 === "NonBasicAuthentication")) || (data0 === "OAuthAuthentication"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/authenticationType/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Name"},message:"must have required property '"+"Name"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Action === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Action"},message:"must have required property '"+"Action"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Name !== undefined){
let data0 = data.Name;
if(typeof data0 === "string"){
if(data0.length > 64){
const err3 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12.properties.Name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.Name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.Name.type,parentSchema:schema12.properties.Name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Action !== undefined){
let data1 = data.Action;
if(!((data1 === "AllowAccess") || (data1 === "DenyAccess"))){
const err6 = {instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/enum",keyword:"enum",params:{allowedValues: schema12.properties.Action.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.Action.enum,parentSchema:schema12.properties.Action,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Priority !== undefined){
let data2 = data.Priority;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/Priority",schemaPath:"#/properties/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.Priority.type,parentSchema:schema12.properties.Priority,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/Priority",schemaPath:"#/properties/Priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647",schema:2147483647,parentSchema:schema12.properties.Priority,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/Priority",schemaPath:"#/properties/Priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.Priority,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.Enabled !== undefined){
let data3 = data.Enabled;
if(typeof data3 !== "boolean"){
const err10 = {instancePath:instancePath+"/Enabled",schemaPath:"#/properties/Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.Enabled.type,parentSchema:schema12.properties.Enabled,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Scope !== undefined){
let data4 = data.Scope;
if(!((data4 === "All") || (data4 === "Users"))){
const err11 = {instancePath:instancePath+"/Scope",schemaPath:"#/properties/Scope/enum",keyword:"enum",params:{allowedValues: schema12.properties.Scope.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.Scope.enum,parentSchema:schema12.properties.Scope,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.AnyOfProtocols !== undefined){
if(!(validate12(data.AnyOfProtocols, {instancePath:instancePath+"/AnyOfProtocols",parentData:data,parentDataProperty:"AnyOfProtocols",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.ExceptAnyOfProtocols !== undefined){
if(!(validate12(data.ExceptAnyOfProtocols, {instancePath:instancePath+"/ExceptAnyOfProtocols",parentData:data,parentDataProperty:"ExceptAnyOfProtocols",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.AnyOfClientIPAddressesOrRanges !== undefined){
if(!(validate15(data.AnyOfClientIPAddressesOrRanges, {instancePath:instancePath+"/AnyOfClientIPAddressesOrRanges",parentData:data,parentDataProperty:"AnyOfClientIPAddressesOrRanges",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.ExceptAnyOfClientIPAddressesOrRanges !== undefined){
if(!(validate15(data.ExceptAnyOfClientIPAddressesOrRanges, {instancePath:instancePath+"/ExceptAnyOfClientIPAddressesOrRanges",parentData:data,parentDataProperty:"ExceptAnyOfClientIPAddressesOrRanges",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.AnyOfAuthenticationTypes !== undefined){
if(!(validate18(data.AnyOfAuthenticationTypes, {instancePath:instancePath+"/AnyOfAuthenticationTypes",parentData:data,parentDataProperty:"AnyOfAuthenticationTypes",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.ExceptAnyOfAuthenticationTypes !== undefined){
if(!(validate18(data.ExceptAnyOfAuthenticationTypes, {instancePath:instancePath+"/ExceptAnyOfAuthenticationTypes",parentData:data,parentDataProperty:"ExceptAnyOfAuthenticationTypes",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.UsernameMatchesAnyOfPatterns !== undefined){
if(!(validate15(data.UsernameMatchesAnyOfPatterns, {instancePath:instancePath+"/UsernameMatchesAnyOfPatterns",parentData:data,parentDataProperty:"UsernameMatchesAnyOfPatterns",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.ExceptUsernameMatchesAnyOfPatterns !== undefined){
if(!(validate15(data.ExceptUsernameMatchesAnyOfPatterns, {instancePath:instancePath+"/ExceptUsernameMatchesAnyOfPatterns",parentData:data,parentDataProperty:"ExceptUsernameMatchesAnyOfPatterns",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.UserRecipientFilter !== undefined){
let data13 = data.UserRecipientFilter;
if(typeof data13 === "string"){
if(data13.length > 4096){
const err12 = {instancePath:instancePath+"/UserRecipientFilter",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema16,data:data13};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data13.length < 1){
const err13 = {instancePath:instancePath+"/UserRecipientFilter",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16,data:data13};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/UserRecipientFilter",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data13};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.DomainController !== undefined){
let data14 = data.DomainController;
if(typeof data14 === "string"){
if(data14.length > 4096){
const err15 = {instancePath:instancePath+"/DomainController",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema16,data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data14.length < 1){
const err16 = {instancePath:instancePath+"/DomainController",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/DomainController",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","additionalProperties":false,"required":["Characteristic","QueryString","AccessLevel"],"properties":{"Characteristic":{"enum":["DeviceModel","DeviceType","DeviceOS","UserAgent","XMSWLHeader"]},"QueryString":{"type":"string","minLength":1,"maxLength":256},"AccessLevel":{"$ref":"#/definitions/accessLevel"}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Characteristic === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Characteristic"},message:"must have required property '"+"Characteristic"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.QueryString === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "QueryString"},message:"must have required property '"+"QueryString"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.AccessLevel === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "AccessLevel"},message:"must have required property '"+"AccessLevel"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Characteristic") || (key0 === "QueryString")) || (key0 === "AccessLevel"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Characteristic !== undefined){
let data0 = data.Characteristic;
if(!(((((data0 === "DeviceModel") || (data0 === "DeviceType")) || (data0 === "DeviceOS")) || (data0 === "UserAgent")) || (data0 === "XMSWLHeader"))){
const err4 = {instancePath:instancePath+"/Characteristic",schemaPath:"#/properties/Characteristic/enum",keyword:"enum",params:{allowedValues: schema21.properties.Characteristic.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.Characteristic.enum,parentSchema:schema21.properties.Characteristic,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.QueryString !== undefined){
let data1 = data.QueryString;
if(typeof data1 === "string"){
if(data1.length > 256){
const err5 = {instancePath:instancePath+"/QueryString",schemaPath:"#/properties/QueryString/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema21.properties.QueryString,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/QueryString",schemaPath:"#/properties/QueryString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.QueryString,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/QueryString",schemaPath:"#/properties/QueryString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.QueryString.type,parentSchema:schema21.properties.QueryString,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.AccessLevel !== undefined){
let data2 = data.AccessLevel;
if(!(((data2 === "Allow") || (data2 === "Block")) || (data2 === "Quarantine"))){
const err8 = {instancePath:instancePath+"/AccessLevel",schemaPath:"#/definitions/accessLevel/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","additionalProperties":false,"required":["Protocol","Expect"],"properties":{"Name":{"$ref":"#/definitions/text"},"Protocol":{"$ref":"#/definitions/protocol"},"AuthenticationType":{"$ref":"#/definitions/authenticationType"},"RemoteAddress":{"$ref":"#/definitions/text"},"Username":{"$ref":"#/definitions/text"},"User":{"type":"object","additionalProperties":false,"properties":{"City":{"$ref":"#/definitions/recipientProperty"},"Company":{"$ref":"#/definitions/recipientProperty"},"CountryOrRegion":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute1":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute2":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute3":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute4":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute5":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute6":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute7":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute8":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute9":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute10":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute11":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute12":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute13":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute14":{"$ref":"#/definitions/recipientProperty"},"CustomAttribute15":{"$ref":"#/definitions/recipientProperty"},"Department":{"$ref":"#/definitions/recipientProperty"},"Office":{"$ref":"#/definitions/recipientProperty"},"PostalCode":{"$ref":"#/definitions/recipientProperty"},"StateOrProvince":{"$ref":"#/definitions/recipientProperty"},"StreetAddress":{"$ref":"#/definitions/recipientProperty"}}},"MiddleTier":{"type":"boolean"},"Expect":{"enum":["AllowAccess","DenyAccess"]},"ExpectRule":{"anyOf":[{"type":"string","minLength":1,"maxLength":64},{"type":"null"}]}}};
const schema30 = {"type":"string","maxLength":4096};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Protocol === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Protocol"},message:"must have required property '"+"Protocol"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Expect === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Expect"},message:"must have required property '"+"Expect"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema24.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Name !== undefined){
let data0 = data.Name;
if(typeof data0 === "string"){
if(data0.length > 4096){
const err3 = {instancePath:instancePath+"/Name",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/Name",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Name",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Protocol !== undefined){
let data1 = data.Protocol;
if(!((((((((((((data1 === "ExchangeActiveSync") || (data1 === "ExchangeAdminCenter")) || (data1 === "ExchangeWebServices")) || (data1 === "IMAP4")) || (data1 === "OfflineAddressBook")) || (data1 === "OutlookAnywhere")) || (data1 === "OutlookWebApp")) || (data1 === "POP3")) || (data1 === "PowerShellWebServices")) || (data1 === "RemotePowerShell")) || (data1 === "REST")) || (data1 === "UniversalOutlook"))){
const err6 = {instancePath:instancePath+"/Protocol",schemaPath:"#/definitions/protocol/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.AuthenticationType !== undefined){
let data2 = data.AuthenticationType;
if(!(((((data2 === "AdfsAuthentication") || (data2 === "BasicAuthentication")) || (data2 === "CertificateBasedAuthentication")) || (data2 === "NonBasicAuthentication")) || (data2 === "OAuthAuthentication"))){
const err7 = {instancePath:instancePath+"/AuthenticationType",schemaPath:"#/definitions/authenticationType/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.RemoteAddress !== undefined){
let data3 = data.RemoteAddress;
if(typeof data3 === "string"){
if(data3.length > 4096){
const err8 = {instancePath:instancePath+"/RemoteAddress",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/RemoteAddress",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/RemoteAddress",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Username !== undefined){
let data4 = data.Username;
if(typeof data4 === "string"){
if(data4.length > 4096){
const err11 = {instancePath:instancePath+"/Username",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/Username",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/Username",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.User !== undefined){
let data5 = data.User;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!(func2.call(schema24.properties.User.properties, key1))){
const err14 = {instancePath:instancePath+"/User",schemaPath:"#/properties/User/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.User,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.City !== undefined){
let data6 = data5.City;
if(typeof data6 === "string"){
if(data6.length > 4096){
const err15 = {instancePath:instancePath+"/User/City",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/User/City",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.Company !== undefined){
let data7 = data5.Company;
if(typeof data7 === "string"){
if(data7.length > 4096){
const err17 = {instancePath:instancePath+"/User/Company",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/User/Company",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.CountryOrRegion !== undefined){
let data8 = data5.CountryOrRegion;
if(typeof data8 === "string"){
if(data8.length > 4096){
const err19 = {instancePath:instancePath+"/User/CountryOrRegion",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/User/CountryOrRegion",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.CustomAttribute1 !== undefined){
let data9 = data5.CustomAttribute1;
if(typeof data9 === "string"){
if(data9.length > 4096){
const err21 = {instancePath:instancePath+"/User/CustomAttribute1",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/User/CustomAttribute1",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.CustomAttribute2 !== undefined){
let data10 = data5.CustomAttribute2;
if(typeof data10 === "string"){
if(data10.length > 4096){
const err23 = {instancePath:instancePath+"/User/CustomAttribute2",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/User/CustomAttribute2",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.CustomAttribute3 !== undefined){
let data11 = data5.CustomAttribute3;
if(typeof data11 === "string"){
if(data11.length > 4096){
const err25 = {instancePath:instancePath+"/User/CustomAttribute3",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/User/CustomAttribute3",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.CustomAttribute4 !== undefined){
let data12 = data5.CustomAttribute4;
if(typeof data12 === "string"){
if(data12.length > 4096){
const err27 = {instancePath:instancePath+"/User/CustomAttribute4",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/User/CustomAttribute4",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.CustomAttribute5 !== undefined){
let data13 = data5.CustomAttribute5;
if(typeof data13 === "string"){
if(data13.length > 4096){
const err29 = {instancePath:instancePath+"/User/CustomAttribute5",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/User/CustomAttribute5",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.CustomAttribute6 !== undefined){
let data14 = data5.CustomAttribute6;
if(typeof data14 === "string"){
if(data14.length > 4096){
const err31 = {instancePath:instancePath+"/User/CustomAttribute6",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/User/CustomAttribute6",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.CustomAttribute7 !== undefined){
let data15 = data5.CustomAttribute7;
if(typeof data15 === "string"){
if(data15.length > 4096){
const err33 = {instancePath:instancePath+"/User/CustomAttribute7",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/User/CustomAttribute7",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data5.CustomAttribute8 !== undefined){
let data16 = data5.CustomAttribute8;
if(typeof data16 === "string"){
if(data16.length > 4096){
const err35 = {instancePath:instancePath+"/User/CustomAttribute8",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/User/CustomAttribute8",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.CustomAttribute9 !== undefined){
let data17 = data5.CustomAttribute9;
if(typeof data17 === "string"){
if(data17.length > 4096){
const err37 = {instancePath:instancePath+"/User/CustomAttribute9",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/User/CustomAttribute9",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data5.CustomAttribute10 !== undefined){
let data18 = data5.CustomAttribute10;
if(typeof data18 === "string"){
if(data18.length > 4096){
const err39 = {instancePath:instancePath+"/User/CustomAttribute10",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/User/CustomAttribute10",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data5.CustomAttribute11 !== undefined){
let data19 = data5.CustomAttribute11;
if(typeof data19 === "string"){
if(data19.length > 4096){
const err41 = {instancePath:instancePath+"/User/CustomAttribute11",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/User/CustomAttribute11",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.CustomAttribute12 !== undefined){
let data20 = data5.CustomAttribute12;
if(typeof data20 === "string"){
if(data20.length > 4096){
const err43 = {instancePath:instancePath+"/User/CustomAttribute12",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/User/CustomAttribute12",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data5.CustomAttribute13 !== undefined){
let data21 = data5.CustomAttribute13;
if(typeof data21 === "string"){
if(data21.length > 4096){
const err45 = {instancePath:instancePath+"/User/CustomAttribute13",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/User/CustomAttribute13",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data5.CustomAttribute14 !== undefined){
let data22 = data5.CustomAttribute14;
if(typeof data22 === "string"){
if(data22.length > 4096){
const err47 = {instancePath:instancePath+"/User/CustomAttribute14",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/User/CustomAttribute14",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data5.CustomAttribute15 !== undefined){
let data23 = data5.CustomAttribute15;
if(typeof data23 === "string"){
if(data23.length > 4096){
const err49 = {instancePath:instancePath+"/User/CustomAttribute15",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data23};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/User/CustomAttribute15",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data23};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data5.Department !== undefined){
let data24 = data5.Department;
if(typeof data24 === "string"){
if(data24.length > 4096){
const err51 = {instancePath:instancePath+"/User/Department",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/User/Department",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data24};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data5.Office !== undefined){
let data25 = data5.Office;
if(typeof data25 === "string"){
if(data25.length > 4096){
const err53 = {instancePath:instancePath+"/User/Office",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/User/Office",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data5.PostalCode !== undefined){
let data26 = data5.PostalCode;
if(typeof data26 === "string"){
if(data26.length > 4096){
const err55 = {instancePath:instancePath+"/User/PostalCode",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/User/PostalCode",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data5.StateOrProvince !== undefined){
let data27 = data5.StateOrProvince;
if(typeof data27 === "string"){
if(data27.length > 4096){
const err57 = {instancePath:instancePath+"/User/StateOrProvince",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/User/StateOrProvince",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data27};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data5.StreetAddress !== undefined){
let data28 = data5.StreetAddress;
if(typeof data28 === "string"){
if(data28.length > 4096){
const err59 = {instancePath:instancePath+"/User/StreetAddress",schemaPath:"#/definitions/recipientProperty/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema30,data:data28};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/User/StreetAddress",schemaPath:"#/definitions/recipientProperty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data28};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/User",schemaPath:"#/properties/User/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.User.type,parentSchema:schema24.properties.User,data:data5};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.MiddleTier !== undefined){
let data29 = data.MiddleTier;
if(typeof data29 !== "boolean"){
const err62 = {instancePath:instancePath+"/MiddleTier",schemaPath:"#/properties/MiddleTier/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema24.properties.MiddleTier.type,parentSchema:schema24.properties.MiddleTier,data:data29};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.Expect !== undefined){
let data30 = data.Expect;
if(!((data30 === "AllowAccess") || (data30 === "DenyAccess"))){
const err63 = {instancePath:instancePath+"/Expect",schemaPath:"#/properties/Expect/enum",keyword:"enum",params:{allowedValues: schema24.properties.Expect.enum},message:"must be equal to one of the allowed values",schema:schema24.properties.Expect.enum,parentSchema:schema24.properties.Expect,data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.ExpectRule !== undefined){
let data31 = data.ExpectRule;
const _errs91 = errors;
let valid30 = false;
const _errs92 = errors;
if(typeof data31 === "string"){
if(data31.length > 64){
const err64 = {instancePath:instancePath+"/ExpectRule",schemaPath:"#/properties/ExpectRule/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema24.properties.ExpectRule.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data31.length < 1){
const err65 = {instancePath:instancePath+"/ExpectRule",schemaPath:"#/properties/ExpectRule/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.properties.ExpectRule.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/ExpectRule",schemaPath:"#/properties/ExpectRule/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.ExpectRule.anyOf[0].type,parentSchema:schema24.properties.ExpectRule.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid0 = _errs92 === errors;
valid30 = valid30 || _valid0;
if(!valid30){
const _errs94 = errors;
if(data31 !== null){
const err67 = {instancePath:instancePath+"/ExpectRule",schemaPath:"#/properties/ExpectRule/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema24.properties.ExpectRule.anyOf[1].type,parentSchema:schema24.properties.ExpectRule.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs94 === errors;
valid30 = valid30 || _valid0;
}
if(!valid30){
const err68 = {instancePath:instancePath+"/ExpectRule",schemaPath:"#/properties/ExpectRule/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema24.properties.ExpectRule.anyOf,parentSchema:schema24.properties.ExpectRule,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://exo-access-gate.dev/schemas/ruleset.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ClientAccessRules === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "ClientAccessRules"},message:"must have required property '"+"ClientAccessRules"+"'",schema:schema11.anyOf[0].required,parentSchema:schema11.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ActiveSyncDeviceAccessRules === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "ActiveSyncDeviceAccessRules"},message:"must have required property '"+"ActiveSyncDeviceAccessRules"+"'",schema:schema11.anyOf[1].required,parentSchema:schema11.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ActiveSyncOrganizationSettings === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "ActiveSyncOrganizationSettings"},message:"must have required property '"+"ActiveSyncOrganizationSettings"+"'",schema:schema11.anyOf[2].required,parentSchema:schema11.anyOf[2],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.anyOf,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "$schema") || (key0 === "Target")) || (key0 === "ClientAccessRules")) || (key0 === "ActiveSyncDeviceAccessRules")) || (key0 === "ActiveSyncOrganizationSettings")) || (key0 === "Tests"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(data0.length > 4096){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Target !== undefined){
let data1 = data.Target;
if(!((data1 === "ExchangeOnline") || (data1 === "ExchangeServer"))){
const err7 = {instancePath:instancePath+"/Target",schemaPath:"#/properties/Target/enum",keyword:"enum",params:{allowedValues: schema11.properties.Target.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.Target.enum,parentSchema:schema11.properties.Target,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.ClientAccessRules !== undefined){
let data2 = data.ClientAccessRules;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err8 = {instancePath:instancePath+"/ClientAccessRules",schemaPath:"#/properties/ClientAccessRules/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema11.properties.ClientAccessRules,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/ClientAccessRules",schemaPath:"#/properties/ClientAccessRules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.ClientAccessRules,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data2[i0], {instancePath:instancePath+"/ClientAccessRules/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/ClientAccessRules",schemaPath:"#/properties/ClientAccessRules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ClientAccessRules.type,parentSchema:schema11.properties.ClientAccessRules,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ActiveSyncDeviceAccessRules !== undefined){
let data4 = data.ActiveSyncDeviceAccessRules;
if(Array.isArray(data4)){
if(data4.length > 1000){
const err11 = {instancePath:instancePath+"/ActiveSyncDeviceAccessRules",schemaPath:"#/properties/ActiveSyncDeviceAccessRules/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema11.properties.ActiveSyncDeviceAccessRules,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/ActiveSyncDeviceAccessRules",schemaPath:"#/properties/ActiveSyncDeviceAccessRules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.ActiveSyncDeviceAccessRules,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate24(data4[i1], {instancePath:instancePath+"/ActiveSyncDeviceAccessRules/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/ActiveSyncDeviceAccessRules",schemaPath:"#/properties/ActiveSyncDeviceAccessRules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ActiveSyncDeviceAccessRules.type,parentSchema:schema11.properties.ActiveSyncDeviceAccessRules,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.ActiveSyncOrganizationSettings !== undefined){
let data6 = data.ActiveSyncOrganizationSettings;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.DefaultAccessLevel === undefined){
const err14 = {instancePath:instancePath+"/ActiveSyncOrganizationSettings",schemaPath:"#/properties/ActiveSyncOrganizationSettings/required",keyword:"required",params:{missingProperty: "DefaultAccessLevel"},message:"must have required property '"+"DefaultAccessLevel"+"'",schema:schema11.properties.ActiveSyncOrganizationSettings.required,parentSchema:schema11.properties.ActiveSyncOrganizationSettings,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data6){
if(!(key1 === "DefaultAccessLevel")){
const err15 = {instancePath:instancePath+"/ActiveSyncOrganizationSettings",schemaPath:"#/properties/ActiveSyncOrganizationSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.ActiveSyncOrganizationSettings,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.DefaultAccessLevel !== undefined){
let data7 = data6.DefaultAccessLevel;
if(!(((data7 === "Allow") || (data7 === "Block")) || (data7 === "Quarantine"))){
const err16 = {instancePath:instancePath+"/ActiveSyncOrganizationSettings/DefaultAccessLevel",schemaPath:"#/definitions/accessLevel/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/ActiveSyncOrganizationSettings",schemaPath:"#/properties/ActiveSyncOrganizationSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ActiveSyncOrganizationSettings.type,parentSchema:schema11.properties.ActiveSyncOrganizationSettings,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.Tests !== undefined){
let data8 = data.Tests;
if(Array.isArray(data8)){
if(data8.length > 1000){
const err18 = {instancePath:instancePath+"/Tests",schemaPath:"#/properties/Tests/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema11.properties.Tests,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8.length < 1){
const err19 = {instancePath:instancePath+"/Tests",schemaPath:"#/properties/Tests/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.Tests,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate26(data8[i2], {instancePath:instancePath+"/Tests/" + i2,parentData:data8,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/Tests",schemaPath:"#/properties/Tests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.Tests.type,parentSchema:schema11.properties.Tests,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

const validateConfig = validate28;
const schema53 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://exo-access-gate.dev/schemas/config.schema.json","title":"exo-access-gate configuration","description":"The gate's own configuration (.exo-access-gate.json at the repository root).","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","maxLength":4096},"paths":{"description":"Globs of the rule-set files to check.","type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}},"failOn":{"description":"The lowest severity that fails the gate.","enum":["error","warning","notice","never"]},"severity":{"description":"Severity overrides by check ID.","type":"object","propertyNames":{"pattern":"^EXO[0-9]{3}$"},"additionalProperties":{"enum":["error","warning","notice","off"]}},"suppressions":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["id","reason"],"properties":{"id":{"type":"string","pattern":"^EXO[0-9]{3}$"},"path":{"type":"string","minLength":1,"maxLength":4096},"pointer":{"type":"string","maxLength":4096,"pattern":"^(/.*)?$"},"reason":{"type":"string","minLength":1,"maxLength":4096,"pattern":"\\S"}}}},"limits":{"type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"type":"integer","minimum":1,"maximum":1073741824},"maxDepth":{"type":"integer","minimum":2,"maximum":1000},"maxListItems":{"type":"integer","minimum":1,"maximum":1000000},"maxStringLength":{"type":"integer","minimum":1,"maximum":1048576},"maxWildcards":{"type":"integer","minimum":1,"maximum":1000},"maxFiles":{"type":"integer","minimum":1,"maximum":10000000}}}}};
const pattern0 = new RegExp("^EXO[0-9]{3}$", "u");
const pattern2 = new RegExp("^(/.*)?$", "u");
const pattern3 = new RegExp("\\S", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://exo-access-gate.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "$schema") || (key0 === "paths")) || (key0 === "failOn")) || (key0 === "severity")) || (key0 === "suppressions")) || (key0 === "limits"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(data0.length > 4096){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema53.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.$schema.type,parentSchema:schema53.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.paths !== undefined){
let data1 = data.paths;
if(Array.isArray(data1)){
if(data1.length > 1000){
const err3 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema53.properties.paths,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema53.properties.paths,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(data2.length > 4096){
const err5 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema53.properties.paths.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.paths.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.paths.items.type,parentSchema:schema53.properties.paths.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.paths.type,parentSchema:schema53.properties.paths,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.failOn !== undefined){
let data3 = data.failOn;
if(!((((data3 === "error") || (data3 === "warning")) || (data3 === "notice")) || (data3 === "never"))){
const err9 = {instancePath:instancePath+"/failOn",schemaPath:"#/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema53.properties.failOn.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.failOn.enum,parentSchema:schema53.properties.failOn,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.severity !== undefined){
let data4 = data.severity;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs11 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err10 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/propertyNames/pattern",keyword:"pattern",params:{pattern: "^EXO[0-9]{3}$"},message:"must match pattern \""+"^EXO[0-9]{3}$"+"\"",schema:"^EXO[0-9]{3}$",parentSchema:schema53.properties.severity.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid3 = _errs11 === errors;
if(!valid3){
const err11 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema53.properties.severity.propertyNames,parentSchema:schema53.properties.severity,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(!((((data5 === "error") || (data5 === "warning")) || (data5 === "notice")) || (data5 === "off"))){
const err12 = {instancePath:instancePath+"/severity/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/severity/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema53.properties.severity.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.severity.additionalProperties.enum,parentSchema:schema53.properties.severity.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.severity.type,parentSchema:schema53.properties.severity,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.suppressions !== undefined){
let data6 = data.suppressions;
if(Array.isArray(data6)){
if(data6.length > 10000){
const err14 = {instancePath:instancePath+"/suppressions",schemaPath:"#/properties/suppressions/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema53.properties.suppressions,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err15 = {instancePath:instancePath+"/suppressions/" + i1,schemaPath:"#/properties/suppressions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema53.properties.suppressions.items.required,parentSchema:schema53.properties.suppressions.items,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7.reason === undefined){
const err16 = {instancePath:instancePath+"/suppressions/" + i1,schemaPath:"#/properties/suppressions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema53.properties.suppressions.items.required,parentSchema:schema53.properties.suppressions.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data7){
if(!((((key3 === "id") || (key3 === "path")) || (key3 === "pointer")) || (key3 === "reason"))){
const err17 = {instancePath:instancePath+"/suppressions/" + i1,schemaPath:"#/properties/suppressions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.suppressions.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err18 = {instancePath:instancePath+"/suppressions/" + i1+"/id",schemaPath:"#/properties/suppressions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^EXO[0-9]{3}$"},message:"must match pattern \""+"^EXO[0-9]{3}$"+"\"",schema:"^EXO[0-9]{3}$",parentSchema:schema53.properties.suppressions.items.properties.id,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/suppressions/" + i1+"/id",schemaPath:"#/properties/suppressions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.suppressions.items.properties.id.type,parentSchema:schema53.properties.suppressions.items.properties.id,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.path !== undefined){
let data9 = data7.path;
if(typeof data9 === "string"){
if(data9.length > 4096){
const err20 = {instancePath:instancePath+"/suppressions/" + i1+"/path",schemaPath:"#/properties/suppressions/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema53.properties.suppressions.items.properties.path,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.length < 1){
const err21 = {instancePath:instancePath+"/suppressions/" + i1+"/path",schemaPath:"#/properties/suppressions/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.suppressions.items.properties.path,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/suppressions/" + i1+"/path",schemaPath:"#/properties/suppressions/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.suppressions.items.properties.path.type,parentSchema:schema53.properties.suppressions.items.properties.path,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.pointer !== undefined){
let data10 = data7.pointer;
if(typeof data10 === "string"){
if(data10.length > 4096){
const err23 = {instancePath:instancePath+"/suppressions/" + i1+"/pointer",schemaPath:"#/properties/suppressions/items/properties/pointer/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema53.properties.suppressions.items.properties.pointer,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern2.test(data10)){
const err24 = {instancePath:instancePath+"/suppressions/" + i1+"/pointer",schemaPath:"#/properties/suppressions/items/properties/pointer/pattern",keyword:"pattern",params:{pattern: "^(/.*)?$"},message:"must match pattern \""+"^(/.*)?$"+"\"",schema:"^(/.*)?$",parentSchema:schema53.properties.suppressions.items.properties.pointer,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/suppressions/" + i1+"/pointer",schemaPath:"#/properties/suppressions/items/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.suppressions.items.properties.pointer.type,parentSchema:schema53.properties.suppressions.items.properties.pointer,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.reason !== undefined){
let data11 = data7.reason;
if(typeof data11 === "string"){
if(data11.length > 4096){
const err26 = {instancePath:instancePath+"/suppressions/" + i1+"/reason",schemaPath:"#/properties/suppressions/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema53.properties.suppressions.items.properties.reason,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11.length < 1){
const err27 = {instancePath:instancePath+"/suppressions/" + i1+"/reason",schemaPath:"#/properties/suppressions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.suppressions.items.properties.reason,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern3.test(data11)){
const err28 = {instancePath:instancePath+"/suppressions/" + i1+"/reason",schemaPath:"#/properties/suppressions/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema53.properties.suppressions.items.properties.reason,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/suppressions/" + i1+"/reason",schemaPath:"#/properties/suppressions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.suppressions.items.properties.reason.type,parentSchema:schema53.properties.suppressions.items.properties.reason,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/suppressions/" + i1,schemaPath:"#/properties/suppressions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.suppressions.items.type,parentSchema:schema53.properties.suppressions.items,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/suppressions",schemaPath:"#/properties/suppressions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.suppressions.type,parentSchema:schema53.properties.suppressions,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.limits !== undefined){
let data12 = data.limits;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(!((((((key4 === "maxFileBytes") || (key4 === "maxDepth")) || (key4 === "maxListItems")) || (key4 === "maxStringLength")) || (key4 === "maxWildcards")) || (key4 === "maxFiles"))){
const err32 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.limits,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.maxFileBytes !== undefined){
let data13 = data12.maxFileBytes;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err33 = {instancePath:instancePath+"/limits/maxFileBytes",schemaPath:"#/properties/limits/properties/maxFileBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.limits.properties.maxFileBytes.type,parentSchema:schema53.properties.limits.properties.maxFileBytes,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 1073741824 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/limits/maxFileBytes",schemaPath:"#/properties/limits/properties/maxFileBytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1073741824},message:"must be <= 1073741824",schema:1073741824,parentSchema:schema53.properties.limits.properties.maxFileBytes,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err35 = {instancePath:instancePath+"/limits/maxFileBytes",schemaPath:"#/properties/limits/properties/maxFileBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.limits.properties.maxFileBytes,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data12.maxDepth !== undefined){
let data14 = data12.maxDepth;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err36 = {instancePath:instancePath+"/limits/maxDepth",schemaPath:"#/properties/limits/properties/maxDepth/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.limits.properties.maxDepth.type,parentSchema:schema53.properties.limits.properties.maxDepth,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1000 || isNaN(data14)){
const err37 = {instancePath:instancePath+"/limits/maxDepth",schemaPath:"#/properties/limits/properties/maxDepth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema53.properties.limits.properties.maxDepth,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data14 < 2 || isNaN(data14)){
const err38 = {instancePath:instancePath+"/limits/maxDepth",schemaPath:"#/properties/limits/properties/maxDepth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema53.properties.limits.properties.maxDepth,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data12.maxListItems !== undefined){
let data15 = data12.maxListItems;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err39 = {instancePath:instancePath+"/limits/maxListItems",schemaPath:"#/properties/limits/properties/maxListItems/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.limits.properties.maxListItems.type,parentSchema:schema53.properties.limits.properties.maxListItems,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1000000 || isNaN(data15)){
const err40 = {instancePath:instancePath+"/limits/maxListItems",schemaPath:"#/properties/limits/properties/maxListItems/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema53.properties.limits.properties.maxListItems,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err41 = {instancePath:instancePath+"/limits/maxListItems",schemaPath:"#/properties/limits/properties/maxListItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.limits.properties.maxListItems,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data12.maxStringLength !== undefined){
let data16 = data12.maxStringLength;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err42 = {instancePath:instancePath+"/limits/maxStringLength",schemaPath:"#/properties/limits/properties/maxStringLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.limits.properties.maxStringLength.type,parentSchema:schema53.properties.limits.properties.maxStringLength,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 1048576 || isNaN(data16)){
const err43 = {instancePath:instancePath+"/limits/maxStringLength",schemaPath:"#/properties/limits/properties/maxStringLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576",schema:1048576,parentSchema:schema53.properties.limits.properties.maxStringLength,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err44 = {instancePath:instancePath+"/limits/maxStringLength",schemaPath:"#/properties/limits/properties/maxStringLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.limits.properties.maxStringLength,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data12.maxWildcards !== undefined){
let data17 = data12.maxWildcards;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err45 = {instancePath:instancePath+"/limits/maxWildcards",schemaPath:"#/properties/limits/properties/maxWildcards/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.limits.properties.maxWildcards.type,parentSchema:schema53.properties.limits.properties.maxWildcards,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1000 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/limits/maxWildcards",schemaPath:"#/properties/limits/properties/maxWildcards/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema53.properties.limits.properties.maxWildcards,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err47 = {instancePath:instancePath+"/limits/maxWildcards",schemaPath:"#/properties/limits/properties/maxWildcards/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.limits.properties.maxWildcards,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data12.maxFiles !== undefined){
let data18 = data12.maxFiles;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err48 = {instancePath:instancePath+"/limits/maxFiles",schemaPath:"#/properties/limits/properties/maxFiles/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.limits.properties.maxFiles.type,parentSchema:schema53.properties.limits.properties.maxFiles,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 10000000 || isNaN(data18)){
const err49 = {instancePath:instancePath+"/limits/maxFiles",schemaPath:"#/properties/limits/properties/maxFiles/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema53.properties.limits.properties.maxFiles,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err50 = {instancePath:instancePath+"/limits/maxFiles",schemaPath:"#/properties/limits/properties/maxFiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.limits.properties.maxFiles,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
else {
const err51 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.limits.type,parentSchema:schema53.properties.limits,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}


// EXTERNAL MODULE: ./src/engine/load-ajv.cjs
var load_ajv = __nccwpck_require__(1131);
var load_ajv_default = /*#__PURE__*/__nccwpck_require__.n(load_ajv);
// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __nccwpck_require__(8227);
// EXTERNAL MODULE: ./src/engine/suggest.ts
var suggest = __nccwpck_require__(3708);
;// CONCATENATED MODULE: ./src/engine/schema.ts









/** Keys JavaScript tools treat as an object's prototype; never data (security notes §2.2). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DEFAULT_LIST_CAP = 1000;
const DEFAULT_STRING_CAP = 4096;
/** The schema with the configured list and string caps in place of the published defaults. */
function withLimits(schema, limits) {
    if (Array.isArray(schema))
        return schema.map((s) => withLimits(s, limits));
    if (schema === null || typeof schema !== 'object')
        return schema;
    const out = {};
    for (const [k, v] of Object.entries(schema)) {
        if (k === 'maxItems' && v === DEFAULT_LIST_CAP)
            out[k] = limits.maxListItems;
        else if (k === 'maxLength' && v === DEFAULT_STRING_CAP)
            out[k] = limits.maxStringLength;
        else
            out[k] = withLimits(v, limits);
    }
    return out;
}
/**
 * ajv's options, in ajv-options.json so that scripts/build-validators.mjs compiles the prebuilt
 * validators with the very same: strict mode with every error, no coercion, no defaults, nothing
 * removed (the gate must not alter what the reviewer approved). Lengths count UTF-16 code units
 * (`unicode: false`), as .NET's String.Length does for Exchange's parameter limits and as EXO003's
 * messages count them: a 64-character cap holds 32 emoji, not 64. That option is deprecated in
 * ajv 8 but honoured; `logger: false` keeps its notice off the gate's stderr (strict mode throws on
 * schema problems instead of logging them).
 */
const AJV_OPTIONS = Object.freeze(ajv_options_namespaceObject);
/** Compiles a schema with ajv now; the caps default to the published ones. */
function compileValidator(name, limits) {
    const { Ajv } = load_ajv_default()(); // ajv's compiler, loaded on first use only
    const schema = name === 'config' ? config_schema_namespaceObject : limits ? withLimits(ruleset_schema_namespaceObject, limits) : ruleset_schema_namespaceObject;
    return new Ajv({ ...AJV_OPTIONS }).compile(schema);
}
const compiled = new Map();
/**
 * The validator of a schema: prebuilt (src/engine/generated/) for the published caps, else compiled
 * once per process and set of caps.
 */
function validator(name, limits) {
    if (name === 'config')
        return validateConfig;
    if (!limits ||
        (limits.maxListItems === DEFAULT_LIST_CAP && limits.maxStringLength === DEFAULT_STRING_CAP))
        return validateRuleSet;
    const key = `ruleset:${limits.maxListItems}:${limits.maxStringLength}`;
    let fn = compiled.get(key);
    if (!fn) {
        fn = compileValidator('ruleset', limits);
        compiled.set(key, fn);
    }
    return fn;
}
/** Validates a rule-set document; one issue per mistake. */
function schema_validateRuleSet(value, limits) {
    return translate(value, validator('ruleset', limits), 'ruleset');
}
/** Validates a config document; the caller reports the issues as EXO902. */
function schema_validateConfig(value) {
    return translate(value, validator('config'), 'config');
}
function translate(value, validate, kind) {
    const issues = forbiddenKeys(value);
    const forbidden = new Set(issues.map((i) => i.pointer));
    if (validate(value))
        return issues;
    const errors = validate.errors ?? [];
    // Errors inside a failed anyOf are explained by the anyOf's own message.
    const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
    const kept = errors.filter((e) => !anyOfPaths.some((p) => e.schemaPath.startsWith(p)));
    // A misspelt required property ("Acton") is one mistake: report the unknown key, not the missing one.
    const suggested = new Set();
    const out = [];
    for (const e of kept) {
        if (e.keyword !== 'additionalProperties')
            continue;
        const issue = unknownProperty(e, value, kind);
        if (forbidden.has(issue.pointer))
            continue;
        if (issue.data.suggestion)
            suggested.add(`${e.instancePath}\u0000${issue.data.suggestion}`);
        out.push(issue);
    }
    for (const e of kept) {
        if (e.keyword === 'additionalProperties')
            continue;
        if (e.keyword === 'required') {
            const missing = e.params.missingProperty;
            if (suggested.has(`${e.instancePath}\u0000${missing}`))
                continue;
        }
        const issue = describe(e, value, kind);
        if (issue)
            out.push(issue);
    }
    const seen = new Set();
    return [...issues, ...out].filter((i) => {
        const k = `${i.pointer}\u0000${i.target}\u0000${i.messageId}\u0000${JSON.stringify(i.data)}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/**
 * Every key named like a prototype, in document order; nothing below such a key. Walks the whole
 * document, so it allocates nothing until it finds one: the path is kept as a stack of tokens and
 * joined into a pointer only for a finding.
 */
function forbiddenKeys(value) {
    const out = [];
    const path = [];
    const walk = (node) => {
        if (node === null || typeof node !== 'object')
            return;
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                path.push(i);
                walk(node[i]);
                path.pop();
            }
            return;
        }
        const obj = node;
        for (const k in obj) {
            if (!Object.hasOwn(obj, k))
                continue;
            if (FORBIDDEN_KEYS.has(k)) {
                out.push({
                    checkId: 'EXO003',
                    pointer: (0,engine_pointer/* join */.fj)('', ...path, k),
                    target: 'key',
                    messageId: 'forbiddenKey',
                    data: { property: k }
                });
            }
            else {
                path.push(k);
                walk(obj[k]);
                path.pop();
            }
        }
    };
    walk(value);
    return out;
}
/** What the object at a pointer is, in a reader's words: `client access rule "Block OWA"`. */
function where(value, pointer, kind) {
    const tokens = (0,engine_pointer/* split */.lD)(pointer);
    if (tokens.length === 0)
        return kind === 'config' ? 'the config file' : 'the document';
    const obj = (0,engine_pointer/* valueAt */.fK)(value, pointer);
    const name = obj && typeof obj.Name === 'string' ? ` "${(0,display/* display */.Vy)(obj.Name, 64)}"` : '';
    const [list, , sub] = tokens;
    if (tokens.length === 2 && list === 'ClientAccessRules')
        return `client access rule${name}`;
    if (tokens.length === 2 && list === 'ActiveSyncDeviceAccessRules')
        return 'device access rule';
    if (tokens.length === 2 && list === 'Tests')
        return `test${name}`;
    if (tokens.length === 2 && list === 'suppressions')
        return 'suppression';
    if (tokens.length === 3 && list === 'Tests' && sub === 'User')
        return '"User"';
    return `"${(0,display/* display */.Vy)(tokens[tokens.length - 1], 64)}"`;
}
/** The property a value belongs to: its key, or the list's key for a list item. */
function propertyOf(pointer) {
    const tokens = (0,engine_pointer/* split */.lD)(pointer);
    for (let i = tokens.length - 1; i >= 0; i--) {
        if (!/^(0|[1-9][0-9]*)$/.test(tokens[i]))
            return (0,display/* display */.Vy)(tokens[i], 64);
    }
    return 'document';
}
function describeValue(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return `the string "${(0,display/* display */.Vy)(v, 60)}"`;
    if (typeof v === 'number')
        return `the number "${v}"`;
    if (typeof v === 'boolean')
        return `the boolean "${v}"`;
    if (Array.isArray(v))
        return 'a list';
    return 'an object';
}
const TYPE_NAMES = {
    boolean: 'a boolean ("true" or "false")',
    integer: 'an integer',
    number: 'a number',
    string: 'a string',
    array: 'a list',
    object: 'an object',
    null: 'null'
};
function unknownProperty(e, value, kind) {
    const property = e.params.additionalProperty;
    const pointer = (0,engine_pointer/* join */.fj)(e.instancePath, property);
    const inRule = kind === 'ruleset' && /^\/ClientAccessRules\/\d+$/.test(e.instancePath);
    const reason = inRule ? exo004_unsupported_parameter/* UNSUPPORTED_PARAMETERS */.J[property] : undefined;
    if (reason)
        return { checkId: 'EXO004', pointer, target: 'key', messageId: reason, data: { property } };
    const known = Object.keys(e.parentSchema?.properties ?? {});
    const suggestion = (0,suggest/* suggest */.Z)(property, known);
    const data = {
        property: (0,display/* display */.Vy)(property, 64),
        where: where(value, e.instancePath, kind)
    };
    if (suggestion)
        data.suggestion = suggestion;
    return {
        checkId: 'EXO003',
        pointer,
        target: 'key',
        messageId: suggestion ? 'unknownPropertySuggest' : 'unknownProperty',
        data
    };
}
function describe(e, value, kind) {
    const pointer = e.instancePath;
    const property = propertyOf(pointer);
    const issue = (messageId, data, target = 'value') => ({
        checkId: 'EXO003',
        pointer,
        target,
        messageId,
        data
    });
    const params = e.params;
    const parent = (e.parentSchema ?? {});
    switch (e.keyword) {
        case 'type': {
            if (pointer === '')
                return issue('notObject', { actual: describeValue(e.data) });
            const expected = String(params.type);
            return issue('type', {
                property,
                expected: TYPE_NAMES[expected] ?? expected,
                actual: describeValue(e.data)
            });
        }
        case 'enum': {
            const allowed = e.schema.map(String);
            const suggestion = typeof e.data === 'string' ? (0,suggest/* suggest */.Z)(e.data, allowed) : undefined;
            const shown = typeof e.data === 'string' ? (0,display/* display */.Vy)(e.data, 60) : (JSON.stringify(e.data) ?? '');
            if (suggestion)
                return issue('enumSuggest', { value: shown, property, suggestion });
            const list = allowed.map((a) => `"${a}"`);
            return issue('enum', {
                value: (0,display/* display */.Vy)(shown, 60),
                property,
                allowed: list.slice(0, -1).join(', ') + ' or ' + list[list.length - 1]
            });
        }
        case 'required':
            return issue('required', { where: where(value, pointer, kind), property: String(params.missingProperty) }, 'open');
        case 'minItems':
            return issue('emptyList', { property });
        case 'maxItems':
            return issue('tooManyItems', {
                property,
                count: e.data.length,
                cap: Number(params.limit)
            });
        case 'minLength':
            return issue('emptyString', { property });
        case 'maxLength': {
            const length = e.data.length;
            const cap = Number(params.limit);
            if (property === 'Name' || property === 'QueryString') {
                return issue(property === 'Name' ? 'nameTooLong' : 'queryTooLong', {
                    value: (0,display/* display */.Vy)(e.data, 40),
                    length,
                    cap
                });
            }
            return issue('tooLong', { property, length, cap });
        }
        case 'minimum':
        case 'maximum':
            return issue('range', {
                property,
                min: String(parent.minimum ?? '-∞'),
                max: String(parent.maximum ?? '∞'),
                value: String(e.data)
            });
        case 'anyOf':
            if (pointer === '')
                return issue('noRules', {}, 'open');
            return issue('ruleNameOrNull', { property, actual: describeValue(e.data) });
        case 'propertyNames':
            return undefined; // its nested error names the key
        case 'pattern': {
            // ajv puts the offending key of a `propertyNames` failure on the error itself
            const name = e.propertyName;
            if (name !== undefined) {
                return {
                    checkId: 'EXO003',
                    pointer: (0,engine_pointer/* join */.fj)(pointer, name),
                    target: 'key',
                    messageId: 'badId',
                    data: { value: (0,display/* display */.Vy)(name, 40) }
                };
            }
            if (/\/reason$/.test(pointer))
                return issue('blankReason', {});
            if (/\/id$/.test(pointer))
                return issue('badId', { value: (0,display/* display */.Vy)(String(e.data), 40) });
            return issue('pattern', { property, value: (0,display/* display */.Vy)(String(e.data), 60) });
        }
        default:
            return issue('generic', { property, detail: e.message ?? e.keyword });
    }
}


/***/ }),

/***/ 3708:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* unused harmony export distance */
/**
 * "Did you mean": the closest valid name for a typo, an abbreviation or a value copied from
 * Microsoft's own examples (`-Action Allow`, §9.1 of the domain notes). Synonyms apply only when
 * their target is among the candidates.
 */
const SYNONYMS = {
    allow: ['AllowAccess', 'Allow'],
    permit: ['AllowAccess', 'Allow'],
    deny: ['DenyAccess', 'Block'],
    block: ['DenyAccess', 'Block'],
    allowaccess: ['Allow'],
    denyaccess: ['Block'],
    owa: ['OutlookWebApp'],
    eac: ['ExchangeAdminCenter'],
    ecp: ['ExchangeAdminCenter'],
    eas: ['ExchangeActiveSync'],
    activesync: ['ExchangeActiveSync'],
    ews: ['ExchangeWebServices'],
    oab: ['OfflineAddressBook'],
    mapi: ['OutlookAnywhere'],
    rpc: ['OutlookAnywhere'],
    mapioverhttp: ['OutlookAnywhere'],
    powershell: ['RemotePowerShell'],
    rps: ['RemotePowerShell'],
    imap: ['IMAP4'],
    pop: ['POP3'],
    basic: ['BasicAuthentication'],
    oauth: ['OAuthAuthentication'],
    adfs: ['AdfsAuthentication'],
    cba: ['CertificateBasedAuthentication'],
    certificate: ['CertificateBasedAuthentication'],
    nonbasic: ['NonBasicAuthentication'],
    identity: ['Name'],
    rulescope: ['Scope'],
    exchangeonpremises: ['ExchangeServer'],
    onpremises: ['ExchangeServer'],
    online: ['ExchangeOnline'],
    exo: ['ExchangeOnline'],
    // recipient properties by their Active Directory and everyday names (UserRecipientFilter)
    co: ['CountryOrRegion'],
    c: ['CountryOrRegion'],
    country: ['CountryOrRegion'],
    countrycode: ['CountryOrRegion'],
    usagelocation: ['CountryOrRegion'],
    st: ['StateOrProvince'],
    state: ['StateOrProvince'],
    province: ['StateOrProvince'],
    l: ['City'],
    locality: ['City'],
    dept: ['Department'],
    physicaldeliveryofficename: ['Office'],
    zip: ['PostalCode'],
    zipcode: ['PostalCode'],
    street: ['StreetAddress']
};
/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
function distance(a, b) {
    const m = a.length;
    const n = b.length;
    if (Math.abs(m - n) > 8)
        return Math.abs(m - n);
    let prev2 = [];
    let prev = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= m; i++) {
        const cur = [i];
        for (let j = 1; j <= n; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d = Math.min(d, prev2[j - 2] + 1);
            }
            cur.push(d);
        }
        prev2 = prev;
        prev = cur;
    }
    return prev[n];
}
/** The one candidate the input most likely meant, or undefined when none is close or it is a tie. */
function suggest(input, candidates) {
    if (input.length === 0 || input.length > 100 || candidates.length === 0)
        return undefined;
    const lower = input.toLowerCase();
    const exact = candidates.find((c) => c.toLowerCase() === lower);
    if (exact)
        return exact;
    const normal = lower.replace(/[\s_-]/g, '');
    const synonym = (Object.hasOwn(SYNONYMS, normal) ? SYNONYMS[normal] : undefined)?.find((s) => candidates.includes(s));
    if (synonym)
        return synonym;
    const squashed = candidates.find((c) => c.toLowerCase() === normal);
    if (squashed)
        return squashed;
    if (normal.length >= 3) {
        const containing = candidates.filter((c) => c.toLowerCase().includes(normal));
        if (containing.length === 1)
            return containing[0];
    }
    const limit = lower.length <= 3 ? 1 : Math.max(2, Math.floor(lower.length / 3));
    let best;
    let bestDistance = Infinity;
    let tie = false;
    for (const c of candidates) {
        const d = distance(lower, c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
            tie = false;
        }
        else if (d === bestDistance)
            tie = true;
    }
    return bestDistance <= limit && !tie ? best : undefined;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
const DEFAULT_LIMITS = Object.freeze({
    maxFileBytes: 1_048_576,
    maxDepth: 32,
    maxListItems: 1000,
    maxStringLength: 4096,
    maxWildcards: 8,
    maxFiles: 10_000
});


/***/ }),

/***/ 7211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cF: () => (/* binding */ basesOf),
/* harmony export */   cv: () => (/* binding */ rangesIn),
/* harmony export */   eu: () => (/* binding */ MAX_PREDICATES),
/* harmony export */   hc: () => (/* binding */ minPinned),
/* harmony export */   ht: () => (/* binding */ Analysis),
/* harmony export */   lR: () => (/* binding */ boundaries)
/* harmony export */ });
/* unused harmony exports normalise, subtract, forEachMask, indexOf */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9756);
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7240);


/**
 * The symbolic side of the rule model. Each dimension is split into the finite regions the rules
 * mention: protocols, the authentication types each protocol supports for filtering, middle-tier or
 * not, and per address family the elementary intervals between the rules' IP boundaries. Username
 * pattern lists and filter texts are opaque predicates: independent booleans, each able to hold and
 * to fail. For every region the model knows, for every assignment of the predicates in play, which
 * rule decides. Every answer is exact for protocols, auth types and addresses; where too many
 * predicates meet in one region, that region is "unknown" and the checks stay silent.
 */
/** The most opaque predicates one region may hold before the model answers "unknown". */
const MAX_PREDICATES = 12;
/**
 * Sweep events are packed into one number, `interval * SLOT + position`, so sorting them is a
 * numeric sort. Positions stay below SLOT (a file holds far fewer rules than four million) and
 * interval indexes below 2^31, so every packed value is an exact integer.
 */
const SLOT = 2 ** 22;
/** Sorts and merges index ranges. */
function normalise(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [a, b] of sorted) {
        const last = out[out.length - 1];
        if (last && a <= last[1] + 1)
            last[1] = Math.max(last[1], b);
        else
            out.push([a, b]);
    }
    return out;
}
/** `ranges` minus `cut`, both normalised. */
function subtract(ranges, cut) {
    const out = [];
    for (const [a0, b] of ranges) {
        let a = a0;
        for (const [c, d] of cut) {
            if (d < a || c > b)
                continue;
            if (c > a)
                out.push([a, c - 1]);
            a = Math.max(a, d + 1);
            if (a > b)
                break;
        }
        if (a <= b)
            out.push([a, b]);
    }
    return out;
}
/** True when some range meets [first, last]. */
function overlaps(ranges, first, last) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid][1] < first)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ranges.length && ranges[lo][0] <= last;
}
/**
 * The fewest predicates that must take given values for `test` to hold: 0 when it holds whatever
 * they are, 1 when pinning one predicate suffices, 2 when it needs two or more at once (a "may"
 * finding), Infinity when it never holds. Exact: searches the cubes of size 0 and 1.
 */
function minPinned(outcome, test) {
    const deciders = outcome.deciders;
    if (!deciders)
        return Infinity;
    const size = deciders.length;
    const passing = new Uint8Array(size);
    let count = 0;
    for (let mask = 0; mask < size; mask++) {
        if (test(deciders[mask])) {
            passing[mask] = 1;
            count++;
        }
    }
    if (count === 0)
        return Infinity;
    if (count === size)
        return 0;
    for (let bit = 0; bit < outcome.preds.length; bit++) {
        for (const value of [0, 1]) {
            let ok = true;
            for (let mask = 0; mask < size && ok; mask++) {
                if (((mask >> bit) & 1) === value && !passing[mask])
                    ok = false;
            }
            if (ok)
                return 1;
        }
    }
    return 2;
}
/**
 * The slices of the non-address dimensions for a set of rules, in sweep order: each protocol,
 * split by the auth types it filters on only when some rule uses auth types, and by middle tier
 * only when some rule has `Scope: Users`. The diff builds its joint slices with this too, so both
 * versions are cut exactly as the analysis cuts each.
 */
function basesOf(protocols, rules) {
    const usesAuth = rules.some((r) => r.auth || r.exceptAuth.size);
    const usesScope = rules.some((r) => r.scope === 'Users');
    const bases = [];
    for (const protocol of protocols) {
        const auths = !usesAuth
            ? ['any']
            : (0,_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .authTypesOf */ .Th)(protocol).length
                ? [...(0,_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .authTypesOf */ .Th)(protocol)]
                : [null];
        for (const auth of auths) {
            for (const middleTier of usesScope ? [false, true] : ['any']) {
                bases.push({ protocol, auth, middleTier });
            }
        }
    }
    return bases;
}
/** A rule's opaque requirements: predicates that must hold and the one that must fail. */
function requirements(rule) {
    const hold = [];
    if (rule.users && rule.users !== 'always')
        hold.push(rule.users.id);
    if (rule.filter)
        hold.push(rule.filter.id);
    if (rule.exceptUsers === 'always')
        return { hold, never: true };
    const fail = rule.exceptUsers?.id;
    return { hold, fail, never: fail !== undefined && hold.includes(fail) };
}
/** The symbolic analysis of a model; build once per file and ask it questions. */
class Analysis {
    model;
    maxPredicates;
    /** The slices of the non-address dimensions, in sweep order. */
    bases = [];
    /** Starts of the elementary intervals of each family. */
    starts;
    /** Regions whose outcome is unknown (too many predicates). */
    unknown = false;
    /** The group of each base (bases that admit the same rules share their lines). */
    groupOf = [];
    groups = [];
    /** Regions per base and family, ordered along the address line; made when first asked for. */
    lines = new Map();
    allRegions;
    inRanges = new Map();
    outcomes = new Map();
    fates = new Map();
    events = {};
    underFix = new Map();
    /** Rules that can take part at all: enabled and with satisfiable opaque requirements. */
    eligible;
    /** Bitset of the eligible rules with no opaque condition or exception. */
    unconditional;
    words;
    constructor(model, maxPredicates = MAX_PREDICATES) {
        this.model = model;
        this.maxPredicates = maxPredicates;
        const rules = model.rules;
        this.starts = { 4: boundaries(rules, 4), 6: boundaries(rules, 6) };
        this.words = (rules.length + 31) >>> 5;
        this.unconditional = new Uint32Array(this.words);
        this.eligible = rules.map((r) => {
            const req = requirements(r);
            const ok = r.enabled && !req.never;
            if (ok && !req.hold.length && req.fail === undefined) {
                this.unconditional[r.position >>> 5] |= 1 << (r.position & 31);
            }
            return ok;
        });
        const byMask = new Map();
        for (const base of basesOf((0,_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolsOf */ .LE)(model.target), rules)) {
            const mask = new Uint32Array(this.words);
            for (const r of rules) {
                if (this.eligible[r.position] && Analysis.baseMatches(r, base)) {
                    mask[r.position >>> 5] |= 1 << (r.position & 31);
                }
            }
            const key = mask.join(',');
            let group = byMask.get(key);
            if (group === undefined) {
                group = this.groups.length;
                byMask.set(key, group);
                this.groups.push({ mask, lines: { 4: this.sweep(mask, 4), 6: this.sweep(mask, 6) } });
            }
            this.bases.push(base);
            this.groupOf.push(group);
        }
    }
    /** Every region: per base, both families, along the address line. */
    get regions() {
        if (!this.allRegions) {
            this.allRegions = [];
            for (let b = 0; b < this.bases.length; b++) {
                for (const family of [4, 6])
                    this.allRegions.push(...this.line(b, family));
            }
        }
        return this.allRegions;
    }
    /** The regions of one base and family, ordered along the address line. */
    line(baseIndex, family) {
        const key = baseIndex * 2 + (family === 4 ? 0 : 1);
        let line = this.lines.get(key);
        if (!line) {
            const base = this.bases[baseIndex];
            line = this.groups[this.groupOf[baseIndex]].lines[family].map((run) => ({
                base,
                baseIndex,
                family,
                first: run.first,
                last: run.last,
                outcome: run.outcome
            }));
            this.lines.set(key, line);
        }
        return line;
    }
    /** True when the rule's protocol, auth-type and scope parts hold in this base. */
    static baseMatches(rule, base) {
        if (!rule.enabled)
            return false;
        if (rule.protocols && !rule.protocols.has(base.protocol))
            return false;
        if (rule.exceptProtocols.has(base.protocol))
            return false;
        const auth = base.auth;
        if (rule.auth && (auth === null || auth === 'any' || !rule.auth.has(auth)))
            return false;
        if (auth !== null && auth !== 'any' && rule.exceptAuth.has(auth))
            return false;
        if (rule.scope === 'Users' && base.middleTier === true)
            return false;
        return true;
    }
    /** The elementary intervals of `family` where the rule's IP condition holds and no IP exception. */
    ranges(rule, family) {
        const key = rule.position * 2 + (family === 4 ? 0 : 1);
        let r = this.inRanges.get(key);
        if (r)
            return r;
        r = rangesIn(rule, this.starts[family], family);
        this.inRanges.set(key, r);
        return r;
    }
    /**
     * Every eligible rule's sweep events on one family's address line, sorted once and shared by all
     * groups: at elementary interval `at`, rule `p` turns on (`on`) or off (`off`), packed as
     * `at * SLOT + p`.
     */
    eventsOf(family) {
        let events = this.events[family];
        if (events)
            return events;
        const n = this.starts[family].length;
        const on = [];
        const off = [];
        for (const r of this.model.rules) {
            if (!this.eligible[r.position])
                continue;
            for (const [a, b] of this.ranges(r, family)) {
                on.push(a * SLOT + r.position);
                if (b + 1 < n)
                    off.push((b + 1) * SLOT + r.position);
            }
        }
        events = { on: Float64Array.from(on).sort(), off: Float64Array.from(off).sort() };
        this.events[family] = events;
        return events;
    }
    /**
     * One family's address line for the rules in `mask`: at each elementary interval, the rules that
     * can decide there in order, up to the first unconditional one; runs with one outcome merged.
     */
    sweep(mask, family) {
        const rules = this.model.rules;
        const n = this.starts[family].length;
        const { on, off } = this.eventsOf(family);
        const key = (e) => Math.floor(e / SLOT);
        const inMask = (e) => {
            const p = e % SLOT;
            return (mask[p >>> 5] & (1 << (p & 31))) !== 0;
        };
        const active = new Uint32Array(this.words);
        const unconditional = this.unconditional;
        const runs = [];
        let i = 0;
        let j = 0;
        let previous;
        // the candidates of the current interval: list[0..count) (reused, never shrunk)
        const list = [];
        let count = 0;
        // the position of the list's last rule when it is unconditional: rules after it cannot decide
        // here, so events about them leave the list as it is
        let cut = Infinity;
        for (let at = 0; at < n;) {
            let changed = previous === undefined;
            while (j < off.length && key(off[j]) === at) {
                const p = off[j] % SLOT;
                if (inMask(off[j])) {
                    active[p >>> 5] &= ~(1 << (p & 31));
                    if (p <= cut)
                        changed = true;
                }
                j++;
            }
            while (i < on.length && key(on[i]) === at) {
                const p = on[i] % SLOT;
                if (inMask(on[i])) {
                    active[p >>> 5] |= 1 << (p & 31);
                    if (p <= cut)
                        changed = true;
                }
                i++;
            }
            const next = Math.min(i < on.length ? key(on[i]) : n, j < off.length ? key(off[j]) : n);
            if (!changed) {
                previous.last = next - 1;
                at = next;
                continue;
            }
            count = 0;
            cut = Infinity;
            scan: for (let w = 0; w < active.length; w++) {
                let bits = active[w];
                while (bits) {
                    const low = bits & -bits;
                    const p = (w << 5) + 31 - Math.clz32(low);
                    bits ^= low;
                    list[count++] = rules[p];
                    if (unconditional[w] & low) {
                        cut = p;
                        break scan;
                    }
                }
            }
            const outcome = this.outcome(list, count);
            if (previous && previous.outcome === outcome)
                previous.last = next - 1;
            else {
                previous = { first: at, last: next - 1, outcome };
                runs.push(previous);
            }
            at = next;
        }
        return runs;
    }
    /** The outcome of one list of candidate rules; one object per distinct list. */
    outcome(all, count = all.length) {
        let hash = count;
        for (let i = 0; i < count; i++)
            hash = (Math.imul(hash, 31) + all[i].position) | 0;
        const bucket = this.outcomes.get(hash);
        if (bucket) {
            for (const o of bucket) {
                if (o.positions.length === count && o.positions.every((p, i) => p === all[i].position))
                    return o;
            }
        }
        const list = all.slice(0, count);
        const preds = [];
        const bit = (id) => {
            let i = preds.indexOf(id);
            if (i < 0)
                i = preds.push(id) - 1;
            return i;
        };
        const masks = list.map((r) => {
            const req = requirements(r);
            let need = 0;
            for (const id of req.hold)
                need |= 1 << bit(id);
            const fail = req.fail === undefined ? 0 : 1 << bit(req.fail);
            return { need, fail, position: r.position };
        });
        let deciders = null;
        if (preds.length <= this.maxPredicates) {
            deciders = new Int32Array(1 << preds.length).fill(-1);
            for (let mask = 0; mask < deciders.length; mask++) {
                for (const m of masks) {
                    if ((mask & m.need) === m.need && (mask & m.fail) === 0) {
                        deciders[mask] = m.position;
                        break;
                    }
                }
            }
        }
        else
            this.unknown = true;
        const outcome = { positions: list.map((r) => r.position), preds, deciders };
        if (bucket)
            bucket.push(outcome);
        else
            this.outcomes.set(hash, [outcome]);
        return outcome;
    }
    /** True when the rule is active (can match on its own) somewhere in the region. */
    activeIn(rule, region) {
        return (Analysis.baseMatches(rule, region.base) &&
            !requirements(rule).never &&
            overlaps(this.ranges(rule, region.family), region.first, region.last));
    }
    /**
     * Calls `fn` with the outcome of every run in which the rule is active, once per group of bases
     * that admit the same rules (the same outcome may come more than once).
     */
    forEachActiveOutcome(rule, fn) {
        const p = rule.position;
        if (!this.eligible[p])
            return;
        for (const group of this.groups) {
            if (!(group.mask[p >>> 5] & (1 << (p & 31))))
                continue;
            for (const family of [4, 6]) {
                const line = group.lines[family];
                for (const [a, b] of this.ranges(rule, family)) {
                    // the first run whose last interval reaches a
                    let lo = 0;
                    let hi = line.length;
                    while (lo < hi) {
                        const mid = (lo + hi) >> 1;
                        if (line[mid].last < a)
                            lo = mid + 1;
                        else
                            hi = mid;
                    }
                    for (let i = lo; i < line.length && line[i].first <= b; i++)
                        fn(line[i].outcome);
                }
            }
        }
    }
    /** The predicate values a rule needs to match. */
    static needs(rule) {
        const req = requirements(rule);
        const fixed = new Map();
        for (const id of req.hold)
            fixed.set(id, true);
        if (req.fail !== undefined)
            fixed.set(req.fail, false);
        return fixed;
    }
    /**
     * Whether the rule's own conditions and exceptions can hold for some connection, optionally of
     * one protocol (§3.2: conditions AND, values OR, any exception stops the rule).
     */
    canMatch(rule, protocol) {
        if (!rule.enabled || requirements(rule).never)
            return false;
        return this.bases.some((base) => (protocol === undefined || base.protocol === protocol) &&
            Analysis.baseMatches(rule, base) &&
            (this.ranges(rule, 4).length > 0 || this.ranges(rule, 6).length > 0));
    }
    /**
     * What happens to the connections the rule matches: whether it decides any of them, and which
     * earlier rules decide the others. `unknown` when some of them fall in an unknown region.
     */
    fate(rule) {
        // EXO103 and EXO105 both ask this about every rule: answer once per file
        const known = this.fates.get(rule.position);
        if (known)
            return known;
        const deciders = new Set();
        let decides = false;
        let unknown = false;
        const fixed = Analysis.needs(rule);
        const seen = new Set();
        this.forEachActiveOutcome(rule, (outcome) => {
            if (seen.has(outcome))
                return;
            seen.add(outcome);
            if (!outcome.deciders) {
                unknown = true;
                return;
            }
            for (const d of this.decidersUnder(outcome, fixed)) {
                if (d === rule.position)
                    decides = true;
                else if (d >= 0)
                    deciders.add(d);
            }
        });
        const fate = { decides, deciders, unknown };
        this.fates.set(rule.position, fate);
        return fate;
    }
    /**
     * The distinct deciders of an outcome over the assignments consistent with `fixed`. Rules with
     * the same opaque conditions ask the same question of the same outcome (most rules have none):
     * each is answered once.
     */
    decidersUnder(outcome, fixed) {
        const { fixMask, fixValue } = pinned(outcome, fixed);
        let byFix = this.underFix.get(outcome);
        if (!byFix)
            this.underFix.set(outcome, (byFix = new Map()));
        const key = fixMask * (1 << this.maxPredicates) + fixValue;
        let list = byFix.get(key);
        if (!list) {
            const set = new Set();
            forEachMask(outcome, fixed, (d) => set.add(d));
            list = [...set];
            byFix.set(key, list);
        }
        return list;
    }
    /**
     * The region holding a complete connection: its protocol, the auth type it uses (ignored where the
     * protocol takes no auth-type filter), middle-tier or not, and its address.
     */
    locate(c) {
        const index = indexOf(this.starts[c.address.family], c.address.value);
        const auth = (0,_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .authTypesOf */ .Th)(c.protocol).length ? c.authenticationType : null;
        const baseIndex = this.bases.findIndex((b) => b.protocol === c.protocol &&
            (b.auth === 'any' || b.auth === auth) &&
            (b.middleTier === 'any' || b.middleTier === (c.middleTier ?? false)));
        if (baseIndex < 0)
            return undefined;
        return this.line(baseIndex, c.address.family).find((r) => index >= r.first && index <= r.last);
    }
    /** The regions of one protocol. */
    regionsOf(protocol) {
        const out = [];
        this.bases.forEach((base, b) => {
            if (base.protocol === protocol)
                out.push(...this.line(b, 4), ...this.line(b, 6));
        });
        return out;
    }
}
/** The bits of an outcome's assignments that `fixed` pins (`fixMask`), and their values. */
function pinned(outcome, fixed) {
    let fixMask = 0;
    let fixValue = 0;
    outcome.preds.forEach((id, bit) => {
        const v = fixed.get(id);
        if (v === undefined)
            return;
        fixMask |= 1 << bit;
        if (v)
            fixValue |= 1 << bit;
    });
    return { fixMask, fixValue };
}
/** Calls `fn` with the decider of every assignment consistent with `fixed`. */
function forEachMask(outcome, fixed, fn) {
    const deciders = outcome.deciders;
    if (!deciders)
        return;
    const { fixMask, fixValue } = pinned(outcome, fixed);
    for (let mask = 0; mask < deciders.length; mask++) {
        if ((mask & fixMask) === fixValue)
            fn(deciders[mask], mask);
    }
}
/**
 * The elementary intervals (of the line that `starts` begins) where the rule's IP condition holds
 * and no IP exception does, as sorted, merged index ranges.
 */
function rangesIn(rule, starts, family) {
    const toRanges = (list) => {
        const out = [];
        for (const i of list) {
            if (i.family === family)
                out.push([indexOf(starts, i.lo), indexOf(starts, i.hi)]);
        }
        return normalise(out);
    };
    const all = [[0, starts.length - 1]];
    const r = rule.ips ? toRanges(rule.ips) : all;
    return rule.exceptIps.length ? subtract(r, toRanges(rule.exceptIps)) : r;
}
/** The starts of the elementary intervals of one family's address line: every rule's boundaries. */
function boundaries(rules, family) {
    const set = new Set([0n]);
    for (const r of rules) {
        for (const i of [...(r.ips ?? []), ...r.exceptIps]) {
            if (i.family !== family)
                continue;
            set.add(i.lo);
            if (i.hi < _ip_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ADDRESS */ .wm[family])
                set.add(i.hi + 1n);
        }
    }
    return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** The elementary interval holding an address. */
function indexOf(starts, value) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= value)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}


/***/ }),

/***/ 9756:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ ACCESS_LEVELS),
/* harmony export */   LE: () => (/* binding */ protocolsOf),
/* harmony export */   Th: () => (/* binding */ authTypesOf),
/* harmony export */   ai: () => (/* binding */ SERVER_PROTOCOLS),
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   kl: () => (/* binding */ ACTIONS),
/* harmony export */   nF: () => (/* binding */ CHARACTERISTICS),
/* harmony export */   pB: () => (/* binding */ SERVER_AUTH_TYPES),
/* harmony export */   t2: () => (/* binding */ FILTER_PROPERTIES),
/* harmony export */   yv: () => (/* binding */ PROTOCOLS),
/* harmony export */   z8: () => (/* binding */ AUTHENTICATION_TYPES)
/* harmony export */ });
/* unused harmony export AUTH_TYPES_BY_PROTOCOL */
/**
 * Enumerations of the Exchange cmdlets, spelled exactly as Exchange exports them with
 * `-EnumsAsStrings`. Source: New-ClientAccessRule and New-ActiveSyncDeviceAccessRule reference
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule).
 */
const PROTOCOLS = [
    'ExchangeActiveSync',
    'ExchangeAdminCenter',
    'ExchangeWebServices',
    'IMAP4',
    'OfflineAddressBook',
    'OutlookAnywhere',
    'OutlookWebApp',
    'POP3',
    'PowerShellWebServices',
    'RemotePowerShell',
    'REST',
    'UniversalOutlook'
];
const AUTHENTICATION_TYPES = [
    'AdfsAuthentication',
    'BasicAuthentication',
    'CertificateBasedAuthentication',
    'NonBasicAuthentication',
    'OAuthAuthentication'
];
const ACTIONS = ['AllowAccess', 'DenyAccess'];
const TARGETS = ['ExchangeOnline', 'ExchangeServer'];
const ACCESS_LEVELS = ['Allow', 'Block', 'Quarantine'];
const CHARACTERISTICS = [
    'DeviceModel',
    'DeviceType',
    'DeviceOS',
    'UserAgent',
    'XMSWLHeader'
];
/** The 23 recipient properties `UserRecipientFilter` may use in client access rules (§2.1). */
const FILTER_PROPERTIES = [
    'City',
    'Company',
    'CountryOrRegion',
    ...Array.from({ length: 15 }, (_, i) => `CustomAttribute${i + 1}`),
    'Department',
    'Office',
    'PostalCode',
    'StateOrProvince',
    'StreetAddress'
];
/**
 * The authentication types each protocol supports for filtering (§3.5, "Client Access Rules in
 * Exchange Online", authentication types and protocols table). Protocols absent from this table
 * take no authentication-type filter at all.
 */
const AUTH_TYPES_BY_PROTOCOL = Object.freeze({
    ExchangeActiveSync: [
        'BasicAuthentication',
        'CertificateBasedAuthentication',
        'OAuthAuthentication'
    ],
    ExchangeAdminCenter: ['AdfsAuthentication', 'BasicAuthentication'],
    IMAP4: ['BasicAuthentication', 'OAuthAuthentication'],
    OutlookWebApp: ['AdfsAuthentication', 'BasicAuthentication'],
    POP3: ['BasicAuthentication', 'OAuthAuthentication'],
    RemotePowerShell: ['BasicAuthentication', 'NonBasicAuthentication']
});
/** The authentication types a protocol supports for filtering; empty when it takes none. */
function authTypesOf(protocol) {
    return AUTH_TYPES_BY_PROTOCOL[protocol] ?? [];
}
/** The protocols client access rules govern on Exchange Server 2019 / SE (§3.7). */
const SERVER_PROTOCOLS = Object.freeze([
    'ExchangeAdminCenter',
    'RemotePowerShell'
]);
/** The authentication types Exchange Server 2019 / SE lists for its two protocols (§3.7). */
const SERVER_AUTH_TYPES = Object.freeze([
    'AdfsAuthentication',
    'BasicAuthentication',
    'NonBasicAuthentication'
]);
/** The protocols of connections a target has: on Exchange Server only EAC and remote PowerShell. */
function protocolsOf(target) {
    return target === 'ExchangeServer' ? SERVER_PROTOCOLS : PROTOCOLS;
}


/***/ }),

/***/ 7240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ formatAddress),
/* harmony export */   PS: () => (/* binding */ parseIpEntry),
/* harmony export */   or: () => (/* binding */ parseAddress),
/* harmony export */   ux: () => (/* binding */ within),
/* harmony export */   vy: () => (/* binding */ formatInterval),
/* harmony export */   wm: () => (/* binding */ MAX_ADDRESS)
/* harmony export */ });
/** The largest address of each family. */
const MAX_ADDRESS = Object.freeze({
    4: (1n << 32n) - 1n,
    6: (1n << 128n) - 1n
});
const OCTET = /^(0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const DECIMAL = /^\d+$/;
/** Parses a dotted-quad IPv4 address strictly: four decimal octets 0–255, no leading zeros. */
function parse4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let value = 0n;
    for (const part of parts) {
        if (!DECIMAL.test(part))
            return undefined;
        if (!OCTET.test(part))
            return part.length > 1 && part.startsWith('0') ? 'leadingZero' : undefined;
        const n = Number(part);
        if (n > 255)
            return undefined;
        value = (value << 8n) | BigInt(n);
    }
    return { family: 4, value };
}
/**
 * Parses an IPv6 address in any RFC 4291 §2.2 text form: eight groups of 1–4 hex digits (leading
 * zeros allowed), one `::`, and a trailing dotted IPv4 part. Zone IDs are not addresses.
 */
function parse6(text) {
    if (!text.includes(':'))
        return undefined;
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const groupsOf = (half) => {
        if (half === '')
            return [];
        const parts = half.split(':');
        const out = [];
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i];
            if (i === parts.length - 1 && part.includes('.')) {
                const v4 = parse4(part);
                if (v4 === undefined || v4 === 'leadingZero')
                    return v4;
                out.push(v4.value >> 16n, v4.value & 0xffffn);
            }
            else if (HEX_GROUP.test(part))
                out.push(BigInt(parseInt(part, 16)));
            else
                return undefined;
        }
        return out;
    };
    const head = groupsOf(halves[0]);
    const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
    if (head === undefined || tail === undefined)
        return undefined;
    if (head === 'leadingZero' || tail === 'leadingZero')
        return 'leadingZero';
    // a dotted part is only allowed at the very end
    if (halves.length === 2 && halves[0].includes('.'))
        return undefined;
    const count = head.length + tail.length;
    if (halves.length === 1 ? count !== 8 : count > 7)
        return undefined;
    const groups = [...head, ...Array(8 - count).fill(0n), ...tail];
    return { family: 6, value: groups.reduce((acc, g) => (acc << 16n) | g, 0n) };
}
/** Parses a single IPv4 or IPv6 address strictly; undefined when it is not one. */
function parseAddress(text) {
    const a = text.includes(':') ? parse6(text) : parse4(text);
    return a === 'leadingZero' ? undefined : a;
}
const MAPPED_LO = 0xffff00000000n;
const MAPPED_HI = 0xffffffffffffn;
function problem(reason, entry, extra = {}) {
    return { ok: false, reason, data: { entry, ...extra } };
}
function single(text, entry) {
    const a = text.includes(':') ? parse6(text) : parse4(text);
    if (a === 'leadingZero')
        return { ok: false, problem: problem('leadingZero', entry) };
    if (a === undefined)
        return { ok: false, problem: problem('address', entry, { part: text }) };
    return { ok: true, address: a };
}
/**
 * `parseIpEntry`'s answers by entry text. The model and EXO304, EXO305, EXO306 and EXO311 each ask
 * about every entry of a file, and a repository repeats its office ranges across files. Answers are
 * frozen; past a few thousand entries the cache starts over, so no input can grow it without bound.
 */
const parsedEntries = new Map();
const MAX_CACHED_ENTRIES = 4096;
/**
 * Parses one entry of `AnyOfClientIPAddressesOrRanges` or its exception: a single address, a CIDR
 * block or a `start-end` range of one family (§1.3). Everything else is a problem EXO304 names:
 * spaces, zone IDs, leading zeros in IPv4 octets or prefix lengths, prefixes out of range, reversed
 * or mixed-family ranges, IPv4-mapped IPv6 in CIDR form.
 */
function parseIpEntry(entry) {
    let parsed = parsedEntries.get(entry);
    if (parsed === undefined) {
        if (parsedEntries.size >= MAX_CACHED_ENTRIES)
            parsedEntries.clear();
        parsed = Object.freeze(parseEntry(entry));
        parsedEntries.set(entry, parsed);
    }
    return parsed;
}
function parseEntry(entry) {
    if (/\s/u.test(entry))
        return problem('space', entry);
    if (entry.includes('%'))
        return problem('zone', entry);
    if (entry.includes('/')) {
        const [addr, len, ...rest] = entry.split('/');
        if (rest.length || addr === undefined || len === undefined || addr.includes('-'))
            return problem('address', entry, { part: entry });
        const parsed = single(addr, entry);
        if (!parsed.ok)
            return parsed.problem;
        const { family, value } = parsed.address;
        const bits = family === 4 ? 32 : 128;
        if (!DECIMAL.test(len))
            return problem('prefix', entry, { prefix: len, max: bits });
        if (len.length > 1 && len.startsWith('0'))
            return problem('prefixLeadingZero', entry);
        const prefix = Number(len);
        if (prefix > bits)
            return problem('prefix', entry, { prefix: len, max: bits });
        if (family === 6 && value >= MAPPED_LO && value <= MAPPED_HI)
            return problem('mappedCidr', entry);
        const hostBits = BigInt(bits - prefix);
        const lo = (value >> hostBits) << hostBits;
        const hi = lo | ((1n << hostBits) - 1n);
        const result = { ok: true, kind: 'cidr', family, lo, hi, prefix };
        if (lo !== value)
            result.normalised = `${formatAddress(family, lo)}/${prefix}`;
        return result;
    }
    const dash = entry.split('-');
    if (dash.length === 2) {
        const a = single(dash[0], entry);
        if (!a.ok)
            return a.problem;
        const b = single(dash[1], entry);
        if (!b.ok)
            return b.problem;
        if (a.address.family !== b.address.family)
            return problem('mixedFamily', entry);
        if (a.address.value > b.address.value)
            return problem('reversed', entry);
        return {
            ok: true,
            kind: 'range',
            family: a.address.family,
            lo: a.address.value,
            hi: b.address.value
        };
    }
    if (dash.length > 2)
        return problem('address', entry, { part: entry });
    const s = single(entry, entry);
    if (!s.ok)
        return s.problem;
    const { family, value } = s.address;
    return { ok: true, kind: 'address', family, lo: value, hi: value };
}
/** True when interval `inner` lies wholly inside `outer`. */
function within(inner, outer) {
    return inner.family === outer.family && inner.lo >= outer.lo && inner.hi <= outer.hi;
}
/** The text form of an address of the model (IPv4 dotted quad, IPv6 compressed). */
function formatAddress(family, value) {
    if (family === 4) {
        return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.');
    }
    const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((s) => (value >> s) & 0xffffn);
    // the longest run of two or more zero groups becomes "::" (RFC 5952 §4.2)
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0n) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0n)
            j++;
        if (j - i > bestLen) {
            best = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}
/** The shortest readable text for an interval: an address, a CIDR block or a range. */
function formatInterval(i) {
    if (i.lo === i.hi)
        return formatAddress(i.family, i.lo);
    const size = i.hi - i.lo + 1n;
    const bits = i.family === 4 ? 32 : 128;
    // inside ::ffff:0:0/96 a CIDR is refused (EXO304 mappedCidr), so such a block is shown as a range
    const mapped = i.family === 6 && i.lo >= MAPPED_LO && i.hi <= MAPPED_HI;
    if (!mapped && (size & (size - 1n)) === 0n && i.lo % size === 0n) {
        const host = size.toString(2).length - 1;
        return `${formatAddress(i.family, i.lo)}/${bits - host}`;
    }
    return `${formatAddress(i.family, i.lo)}-${formatAddress(i.family, i.hi)}`;
}


/***/ }),

/***/ 9860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ connectionAddress),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   tW: () => (/* binding */ evaluationOrder),
/* harmony export */   yK: () => (/* binding */ buildModel)
/* harmony export */ });
/* unused harmony exports predicateHolds, missOf */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9756);
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7240);
/* harmony import */ var _opath_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(39);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2307);




/** The order rules are evaluated in (CHECKS.md "Order"): Priority ascending, then the rest. */
function evaluationOrder(rules) {
    const withPriority = rules.filter((r) => r.priority !== undefined);
    const without = rules.filter((r) => r.priority === undefined);
    withPriority.sort((a, b) => a.priority - b.priority || a.index - b.index);
    return [...withPriority, ...without.sort((a, b) => a.index - b.index)];
}
/** Compiles a rule set's client access rules. Pure; never throws for a schema-valid rule set. */
function buildModel(ruleSet, maxDepth = 32) {
    const predicates = [];
    const byKey = new Map();
    const predicate = (kind, text, key) => {
        let p = byKey.get(key);
        if (!p) {
            p = { id: predicates.length, kind, text };
            predicates.push(p);
            byKey.set(key, p);
        }
        return p;
    };
    const patterns = (list) => {
        if (!list)
            return undefined;
        if (list.some(_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesEveryone */ .Tu))
            return 'always';
        // the same set of patterns, in any order or case, is one predicate
        const key = 'u\0' + [...new Set(list.map((p) => p.toLowerCase()))].sort().join('\0');
        return predicate('username', list, key);
    };
    const rules = [];
    const excluded = [];
    for (const rule of evaluationOrder(ruleSet.clientAccessRules)) {
        const ips = intervals(rule.anyOfClientIPAddressesOrRanges);
        const exceptIps = intervals(rule.exceptAnyOfClientIPAddressesOrRanges);
        const parsed = rule.userRecipientFilter === undefined
            ? undefined
            : (0,_opath_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFilter */ .a)(rule.userRecipientFilter, maxDepth);
        if (ips === null || exceptIps === null || (parsed && !parsed.ok)) {
            excluded.push(rule);
            continue;
        }
        const compiled = {
            rule,
            position: rules.length,
            name: rule.name,
            action: rule.action,
            enabled: rule.enabled,
            scope: rule.scope ?? 'All',
            exceptProtocols: new Set(rule.exceptAnyOfProtocols ?? []),
            exceptAuth: new Set(rule.exceptAnyOfAuthenticationTypes ?? []),
            exceptIps: exceptIps ?? []
        };
        if (rule.anyOfProtocols)
            compiled.protocols = new Set(rule.anyOfProtocols);
        if (rule.anyOfAuthenticationTypes)
            compiled.auth = new Set(rule.anyOfAuthenticationTypes);
        if (ips)
            compiled.ips = ips;
        const users = patterns(rule.usernameMatchesAnyOfPatterns);
        if (users)
            compiled.users = users;
        const exceptUsers = patterns(rule.exceptUsernameMatchesAnyOfPatterns);
        if (exceptUsers)
            compiled.exceptUsers = exceptUsers;
        if (parsed?.ok) {
            const text = rule.userRecipientFilter;
            compiled.filter = { ...predicate('filter', [text], 'f\0' + text), root: parsed.root };
        }
        rules.push(compiled);
    }
    const names = new Map();
    for (const r of rules)
        if (!names.has(r.name))
            names.set(r.name, r);
    return {
        target: ruleSet.target,
        rules,
        excluded,
        predicates,
        byName: (name) => names.get(name)
    };
}
/** The intervals of an IP list; null when an entry is invalid. */
function intervals(list) {
    if (!list)
        return undefined;
    const out = [];
    for (const entry of list) {
        const parsed = (0,_ip_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIpEntry */ .PS)(entry);
        if (!parsed.ok)
            return null;
        out.push({ family: parsed.family, lo: parsed.lo, hi: parsed.hi, entry });
    }
    return out;
}
/** Parses a test's `RemoteAddress`. */
function connectionAddress(text) {
    return text === undefined ? undefined : (0,_ip_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAddress */ .or)(text);
}
const inIntervals = (list, a) => list.find((i) => i.family === a.family && a.value >= i.lo && a.value <= i.hi);
/** Whether a username predicate holds for a connection (absent username: no pattern matches). */
function userHolds(p, username) {
    if (username === undefined)
        return false;
    return p === 'always' || p.text.some((pattern) => (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesPattern */ .MT)(pattern, username));
}
/** Whether an opaque predicate holds for a connection. */
function predicateHolds(model, id, c) {
    const p = model.predicates[id];
    if (p.kind === 'username')
        return userHolds(p, c.username);
    const rule = model.rules.find((r) => r.filter?.id === id);
    return evaluateFilter(rule.filter.root, c.user ?? {});
}
/** Why `rule` does not match `c`, or undefined when it matches. */
function missOf(rule, c) {
    if (!rule.enabled)
        return { rule, reason: 'disabled' };
    // an authentication type means nothing to a protocol that takes no auth-type filter (§3.5)
    const auth = c.authenticationType && (0,_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .authTypesOf */ .Th)(c.protocol).length ? c.authenticationType : undefined;
    const condition = (parameter) => ({ rule, reason: 'condition', parameter });
    if (rule.protocols && !rule.protocols.has(c.protocol))
        return condition('AnyOfProtocols');
    if (rule.auth && !(auth && rule.auth.has(auth)))
        return condition('AnyOfAuthenticationTypes');
    if (rule.ips && !(c.address && inIntervals(rule.ips, c.address)))
        return condition('AnyOfClientIPAddressesOrRanges');
    if (rule.users && !userHolds(rule.users, c.username))
        return condition('UsernameMatchesAnyOfPatterns');
    if (rule.filter && !(0,_opath_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateFilter */ .W)(rule.filter.root, c.user ?? {}))
        return condition('UserRecipientFilter');
    if (rule.scope === 'Users' && c.middleTier)
        return { rule, reason: 'scope', parameter: 'Scope' };
    const exception = (parameter, value) => ({
        rule,
        reason: 'exception',
        parameter,
        value
    });
    if (rule.exceptProtocols.has(c.protocol))
        return exception('ExceptAnyOfProtocols', c.protocol);
    if (auth && rule.exceptAuth.has(auth))
        return exception('ExceptAnyOfAuthenticationTypes', auth);
    const ip = c.address && inIntervals(rule.exceptIps, c.address);
    if (ip)
        return exception('ExceptAnyOfClientIPAddressesOrRanges', ip.entry);
    if (rule.exceptUsers && userHolds(rule.exceptUsers, c.username)) {
        const p = rule.exceptUsers;
        const hit = p === 'always'
            ? (rule.rule.exceptUsernameMatchesAnyOfPatterns ?? []).find(_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesEveryone */ .Tu)
            : p.text.find((pattern) => c.username !== undefined && (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesPattern */ .MT)(pattern, c.username));
        return exception('ExceptUsernameMatchesAnyOfPatterns', hit ?? '*');
    }
    return undefined;
}
/** The concrete evaluator: the first enabled rule that matches decides; none = AllowAccess. */
function evaluate(model, c) {
    if (!(0,_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolsOf */ .LE)(model.target).includes(c.protocol)) {
        return { action: 'AllowAccess', ungoverned: true, misses: [] };
    }
    const misses = [];
    for (const rule of model.rules) {
        const miss = missOf(rule, c);
        if (!miss)
            return { action: rule.action, rule, misses };
        misses.push(miss);
    }
    return { action: 'AllowAccess', misses };
}


/***/ }),

/***/ 39:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ evaluateFilter),
/* harmony export */   a: () => (/* binding */ parseFilter)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9756);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2307);


const COMPARISONS = ['eq', 'ne', 'like', 'notlike', 'lt', 'gt'];
const LOGICAL = ['and', 'or', 'not'];
const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b";
const DOUBLE_QUOTES = '"\u201c\u201d\u201e';
const DASHES = '-\u2013\u2014\u2015';
const WORD = /[A-Za-z0-9_.@:/\\+]/;
const fail = (messageId, span, data = {}) => ({ ok: false, messageId, span, data });
function lex(text, from, to) {
    const tokens = [];
    const spaces = [];
    let i = from;
    while (i < to) {
        const c = text[i];
        if (/\s/u.test(c)) {
            // PowerShell reads a no-break space (and the other Unicode spaces) as a space too
            if (!' \t\r\n'.includes(c))
                spaces.push({ start: i, end: i + 1 });
            i++;
            continue;
        }
        const start = i;
        if (c === '(' || c === ')') {
            tokens.push({ type: 'paren', text: c, span: { start, end: i + 1 } });
            i++;
        }
        else if (DASHES.includes(c)) {
            i++;
            while (i < to && /[A-Za-z]/.test(text[i]))
                i++;
            const name = text.slice(start + 1, i);
            tokens.push({
                type: 'op',
                name: name.toLowerCase(),
                raw: text.slice(start, i),
                typographic: c !== '-',
                span: { start, end: i }
            });
        }
        else if (SINGLE_QUOTES.includes(c) || DOUBLE_QUOTES.includes(c)) {
            const quotes = SINGLE_QUOTES.includes(c) ? SINGLE_QUOTES : DOUBLE_QUOTES;
            let typographic = c !== "'" && c !== '"';
            let value = '';
            i++;
            for (;;) {
                if (i >= to)
                    return fail('unterminated', { start, end: start + 1 }, { quote: c });
                const d = text[i];
                if (quotes.includes(d)) {
                    if (d !== "'" && d !== '"')
                        typographic = true;
                    // a doubled quote is one literal quote character
                    if (i + 1 < to && quotes.includes(text[i + 1])) {
                        value += d;
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += d;
                i++;
            }
            tokens.push({ type: 'string', text: value, typographic, span: { start, end: i } });
        }
        else if (c === '$') {
            i++;
            while (i < to && /[A-Za-z0-9_]/.test(text[i]))
                i++;
            tokens.push({ type: 'variable', name: text.slice(start + 1, i), span: { start, end: i } });
        }
        else if (WORD.test(c)) {
            while (i < to && (WORD.test(text[i]) || DASHES.includes(text[i])))
                i++;
            tokens.push({ type: 'word', text: text.slice(start, i), span: { start, end: i } });
        }
        else {
            return fail('unexpected', { start, end: start + 1 }, { text: c });
        }
    }
    tokens.push({ type: 'end', span: { start: to, end: to } });
    return { ok: true, tokens, spaces };
}
const PROPERTY = /^[A-Za-z][A-Za-z0-9]*$/;
const CANONICAL = new Map(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .FILTER_PROPERTIES */ .t2.map((p) => [p.toLowerCase(), p]));
/** Parses a filter; never throws; nesting deeper than `maxDepth` is an error, not a stack overflow. */
function parseFilter(text, maxDepth = 32) {
    let from = 0;
    let to = text.length;
    while (from < to && /\s/u.test(text[from]))
        from++;
    while (to > from && /\s/u.test(text[to - 1]))
        to--;
    if (from === to)
        return fail('empty', { start: 0, end: text.length });
    if (text[from] === '{' || text[to - 1] === '}') {
        if (text[from] !== '{')
            return fail('braces', { start: to - 1, end: to }, { brace: '}' });
        if (text[to - 1] !== '}' || to - from < 2)
            return fail('braces', { start: from, end: from + 1 }, { brace: '{' });
        from++;
        to--;
        if (!text.slice(from, to).trim())
            return fail('empty', { start: from - 1, end: to + 1 });
    }
    const lexed = lex(text, from, to);
    if (!lexed.ok)
        return lexed;
    const tokens = lexed.tokens;
    const comparisons = [];
    const typographicDashes = [];
    let pos = 0;
    const peek = () => tokens[pos];
    const raw = (t) => text.slice(t.span.start, t.span.end);
    const describe = (t) => t.type === 'end' ? 'the end of the filter' : `"${text.slice(t.span.start, t.span.end)}"`;
    class Failure {
        error;
        constructor(error) {
            this.error = error;
        }
    }
    const stop = (messageId, span, data = {}) => {
        throw new Failure(fail(messageId, span, data));
    };
    const logical = (name) => {
        const t = peek();
        if (t.type === 'op' && t.name === name) {
            if (t.typographic)
                typographicDashes.push(t.span);
            pos++;
            return true;
        }
        return false;
    };
    const expression = (depth) => {
        let left = conjunction(depth);
        for (;;) {
            const op = peek();
            if (!logical('or'))
                return left;
            if (peek().type === 'end')
                stop('dangling', op.span, { operator: raw(op) });
            left = { kind: 'or', left, right: conjunction(depth) };
        }
    };
    const conjunction = (depth) => {
        let left = unary(depth);
        for (;;) {
            const op = peek();
            if (!logical('and'))
                return left;
            if (peek().type === 'end')
                stop('dangling', op.span, { operator: raw(op) });
            left = { kind: 'and', left, right: unary(depth) };
        }
    };
    const unary = (depth) => {
        const t = peek();
        const opens = (t.type === 'op' && t.name === 'not') || (t.type === 'paren' && t.text === '(');
        if (opens && depth >= maxDepth)
            stop('tooDeep', t.span, { max: maxDepth });
        if (t.type === 'op' && t.name === 'not') {
            logical('not');
            if (peek().type === 'end')
                stop('dangling', t.span, { operator: raw(t) });
            return { kind: 'not', operand: unary(depth + 1) };
        }
        if (t.type === 'paren' && t.text === '(') {
            pos++;
            if (peek().type === 'end')
                stop('unclosedParen', t.span);
            if (peek().type === 'paren' && peek().text === ')')
                stop('expectedProperty', peek().span, { found: '")"' });
            const inner = expression(depth + 1);
            const close = peek();
            if (close.type !== 'paren' || close.text !== ')') {
                if (close.type === 'end')
                    stop('unclosedParen', t.span);
                stop('expectedLogical', close.span, { found: describe(close) });
            }
            pos++;
            return inner;
        }
        return comparison();
    };
    const comparison = () => {
        const p = peek();
        if (p.type === 'paren' && p.text === ')')
            stop('unexpectedParen', p.span);
        if (p.type === 'op' && LOGICAL.includes(p.name))
            stop('dangling', p.span, { operator: text.slice(p.span.start, p.span.end) });
        if (p.type !== 'word' || !PROPERTY.test(p.text))
            stop('expectedProperty', p.span, { found: describe(p) });
        const prop = p;
        pos++;
        const o = peek();
        if (o.type !== 'op')
            stop('expectedComparison', o.span, { found: describe(o) });
        const op = o;
        if (!COMPARISONS.includes(op.name)) {
            if (LOGICAL.includes(op.name))
                stop('expectedComparison', op.span, { found: describe(op) });
            stop('unknownOperator', op.span, { operator: op.raw });
        }
        pos++;
        const v = peek();
        let value;
        if (v.type === 'string')
            value = { kind: 'string', text: v.text, typographic: v.typographic };
        else if (v.type === 'word')
            value = { kind: 'bare', text: v.text };
        else if (v.type === 'variable') {
            const name = v.name.toLowerCase();
            if (name !== 'null' && name !== 'true' && name !== 'false')
                stop('variable', v.span, { variable: text.slice(v.span.start, v.span.end) });
            value = { kind: name };
        }
        else
            stop('expectedValue', v.type === 'end' ? op.span : v.span, { operator: op.raw });
        pos++;
        const node = {
            kind: 'cmp',
            property: prop.text,
            propertySpan: prop.span,
            op: op.name,
            opSpan: op.span,
            opTypographic: op.typographic,
            value: value,
            valueSpan: v.span
        };
        const canonical = CANONICAL.get(prop.text.toLowerCase());
        if (canonical)
            node.canonical = canonical;
        comparisons.push(node);
        return node;
    };
    try {
        const root = expression(0);
        const rest = peek();
        if (rest.type !== 'end') {
            if (rest.type === 'paren' && rest.text === ')')
                stop('unexpectedParen', rest.span);
            stop('expectedLogical', rest.span, { found: describe(rest) });
        }
        return { ok: true, root, comparisons, typographicDashes, typographicSpaces: lexed.spaces };
    }
    catch (e) {
        if (e instanceof Failure)
            return e.error;
        throw e;
    }
}
function valueText(v) {
    switch (v.kind) {
        case 'string':
        case 'bare':
            return v.text;
        case 'true':
            return 'True';
        case 'false':
            return 'False';
        default:
            return undefined;
    }
}
function compare(c, user) {
    const actual = c.canonical ? (user[c.canonical] ?? '') : '';
    const expected = valueText(c.value);
    const empty = actual === '';
    if (expected === undefined) {
        // $null: "is blank"
        if (c.op === 'eq' || c.op === 'like')
            return empty;
        if (c.op === 'ne' || c.op === 'notlike')
            return !empty;
        return false;
    }
    const a = actual.toLowerCase();
    const b = expected.toLowerCase();
    switch (c.op) {
        case 'eq':
            return !empty && a === b;
        case 'ne':
            return empty || a !== b;
        case 'like':
            return !empty && (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesPattern */ .MT)(b, a);
        case 'notlike':
            return empty || !(0,_wildcard_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesPattern */ .MT)(b, a);
        case 'lt':
            return !empty && a < b;
        case 'gt':
            return !empty && a > b;
    }
}
/** Evaluates a parsed filter against a recipient; iterative, so no input can exhaust the stack. */
function evaluateFilter(root, user) {
    // explicit stack of frames: [node, phase, left result]
    const results = [];
    const stack = [{ node: root, phase: 0 }];
    while (stack.length) {
        const frame = stack[stack.length - 1];
        const n = frame.node;
        if (n.kind === 'cmp') {
            results.push(compare(n, user));
            stack.pop();
        }
        else if (n.kind === 'not') {
            if (frame.phase === 0) {
                frame.phase = 1;
                stack.push({ node: n.operand, phase: 0 });
            }
            else {
                results.push(!results.pop());
                stack.pop();
            }
        }
        else if (frame.phase === 0) {
            frame.phase = 1;
            stack.push({ node: n.left, phase: 0 });
        }
        else if (frame.phase === 1) {
            const left = results[results.length - 1];
            // short-circuit: -and stops on false, -or on true
            if ((n.kind === 'and' && !left) || (n.kind === 'or' && left))
                stack.pop();
            else {
                results.pop();
                frame.phase = 2;
                stack.push({ node: n.right, phase: 0 });
            }
        }
        else
            stack.pop();
    }
    return results.pop();
}


/***/ }),

/***/ 2307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ matchesPattern),
/* harmony export */   Tu: () => (/* binding */ matchesEveryone),
/* harmony export */   o2: () => (/* binding */ wildcardCount)
/* harmony export */ });
/* unused harmony export fold */
/**
 * The username pattern matcher (`UsernameMatchesAnyOfPatterns`): `*` matches any run of characters,
 * everything else (`\` included) is literal, comparison is case-insensitive. It never builds a
 * regular expression: the pattern is split at `*` and each literal piece is found with
 * Knuth–Morris–Pratt, leftmost first, which is both correct for `*`-only patterns and linear in
 * the lengths of the pattern and the name, whatever either holds.
 */
/** Case folding of the matcher: simple lower-casing of each UTF-16 unit's string. */
function fold(text) {
    return text.toLowerCase();
}
/** The KMP failure table of `needle`. */
function failure(needle, counter) {
    const table = new Int32Array(needle.length);
    let k = 0;
    for (let i = 1; i < needle.length; i++) {
        while (k > 0 && needle.charCodeAt(i) !== needle.charCodeAt(k)) {
            k = table[k - 1];
            if (counter)
                counter.steps++;
        }
        if (counter)
            counter.steps++;
        if (needle.charCodeAt(i) === needle.charCodeAt(k))
            k++;
        table[i] = k;
    }
    return table;
}
/** The index of the first occurrence of `needle` in `hay` at or after `from`, else -1. */
function indexOf(hay, needle, from, end, counter) {
    if (needle.length === 0)
        return from;
    const table = failure(needle, counter);
    let k = 0;
    for (let i = from; i < end; i++) {
        while (k > 0 && hay.charCodeAt(i) !== needle.charCodeAt(k)) {
            k = table[k - 1];
            if (counter)
                counter.steps++;
        }
        if (counter)
            counter.steps++;
        if (hay.charCodeAt(i) === needle.charCodeAt(k))
            k++;
        if (k === needle.length)
            return i - needle.length + 1;
    }
    return -1;
}
/** True when `name` matches the wildcard `pattern` (case-insensitive, `*` only). */
function matchesPattern(pattern, name, counter) {
    const p = fold(pattern);
    const s = fold(name);
    const pieces = p.split('*');
    if (pieces.length === 1) {
        if (counter)
            counter.steps += Math.min(p.length, s.length);
        return p === s;
    }
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (first.length + last.length > s.length)
        return false;
    if (counter)
        counter.steps += first.length + last.length;
    if (!s.startsWith(first) || !s.endsWith(last))
        return false;
    let at = first.length;
    const end = s.length - last.length;
    for (let i = 1; i < pieces.length - 1; i++) {
        const piece = pieces[i];
        const found = indexOf(s, piece, at, end, counter);
        if (found < 0)
            return false;
        at = found + piece.length;
    }
    return true;
}
/** True when the pattern is only wildcards, so it matches every name. */
function matchesEveryone(pattern) {
    return pattern.length > 0 && /^\*+$/.test(pattern);
}
/** The number of `*` wildcards in a pattern. */
function wildcardCount(pattern) {
    let n = 0;
    for (let i = 0; i < pattern.length; i++)
        if (pattern.charCodeAt(i) === 42)
            n++;
    return n;
}


/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 1131:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* global module, require */

// ajv's compiler, loaded on first use only: loading and running it costs ~100 ms, and the
// prebuilt validators (src/engine/generated/) serve the published caps without it. A CommonJS
// `require` inside a function keeps validation synchronous, and ncc still bundles ajv (evaluating
// it on the first call); `createRequire` in an ES module would leave ajv out of the bundle.
module.exports = function loadAjv() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return __nccwpck_require__(2463)
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

export const id = 836;
export const ids = [836];
export const modules = {

/***/ 836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_PR_FILES: () => (/* reexport */ MAX_PR_FILES),
  changedFiles: () => (/* reexport */ changedFiles),
  context: () => (/* reexport */ github/* context */._),
  effectOfChange: () => (/* reexport */ effectOfChange),
  makeClient: () => (/* reexport */ makeClient),
  review: () => (/* reexport */ review)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/checks/index.ts + 41 modules
var checks = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/engine/config.ts + 1 modules
var config = __webpack_require__(5739);
// EXTERNAL MODULE: ./src/model/analysis.ts
var analysis = __webpack_require__(7211);
// EXTERNAL MODULE: ./src/model/constants.ts
var constants = __webpack_require__(9756);
// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
;// CONCATENATED MODULE: ./src/model/diff-text.ts

/** The terminal's style (and the `text` of every change): untrusted text in double quotes, display-safe. */
const PLAIN = {
    text: (s) => s,
    quote: (s) => `"${(0,display/* display */.Vy)(s)}"`
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
var ip = __webpack_require__(7240);
// EXTERNAL MODULE: ./src/model/model.ts
var model = __webpack_require__(9860);
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
    return (0,analysis/* boundaries */.lR)(rules.map((r) => r.rule), family);
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
function compare(oldList, newList, oldUngoverned, newUngoverned, maxPredicates) {
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
    const oldModel = base ? (0,model/* buildModel */.yK)(base, options.maxDepth) : undefined;
    const newModel = head ? (0,model/* buildModel */.yK)(head, options.maxDepth) : undefined;
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
    const bases = (0,analysis/* basesOf */.cF)(universe, all.map(({ rule }) => rule));
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
        for (const [a, b] of (0,analysis/* rangesIn */.cv)(r.rule, joint.starts[family], family)) {
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
            const candidate = sides.map((side, s) => side.rules.map((r) => !ungoverned[s] && !r.never && analysis/* Analysis */.ht.baseMatches(r.rule, base)));
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
                        cached = compare(oldList, newList, ungoverned[0], ungoverned[1], maxPredicates);
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
    const maxPredicates = options.maxPredicates ?? analysis/* MAX_PREDICATES */.eu;
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

// EXTERNAL MODULE: ./src/engine/lint.ts + 1 modules
var engine_lint = __webpack_require__(2356);
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
        return { findings, reason: `rule "${(0,display/* display */.Vy)(left.name)}" has an invalid IP entry or filter` };
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
            unavailable: `an internal error kept the versions from being compared: ${(0,display/* display */.Vy)(detail, 500)}`,
            findings: []
        };
    }
}

// EXTERNAL MODULE: ./src/engine/digits.ts
var digits = __webpack_require__(918);
// EXTERNAL MODULE: ./src/engine/findings.ts + 1 modules
var findings = __webpack_require__(2035);
// EXTERNAL MODULE: ./src/engine/load.ts + 2 modules
var load = __webpack_require__(1217);
// EXTERNAL MODULE: ./src/reporters/escape.ts
var reporters_escape = __webpack_require__(2875);
// EXTERNAL MODULE: ./src/reporters/markdown.ts
var markdown = __webpack_require__(4369);
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
    text: (s) => (0,reporters_escape/* markdownText */.p7)(s),
    quote: (s) => (0,reporters_escape/* codeSpan */.SS)((0,display/* display */.Vy)(s))
};
/** Opening changes first (the risky ones), notes about files last, so a cut keeps the changes. */
const RANK = {
    opens: 0,
    closes: 1,
    reassigns: 2,
    unknown: 3,
    note: 4
};
const STATUS = { added: 'new file', deleted: 'deleted', modified: 'modified' };
const plural = (n, word) => `${(0,digits/* groupDigits */.K)(n)} ${word}${n === 1 ? '' : 's'}`;
/** How many changes a file's diff holds (access, device and regions not compared). */
function changeCount(diff) {
    return diff.changes.length + diff.devices.length + diff.unknown.length;
}
/** The notes about a file: renamed, not compared, new or deleted, its target changed, nothing changed. */
function notesOf(d) {
    const file = (0,display/* display */.Vy)(d.file, 400);
    const fileMd = (0,reporters_escape/* codeSpan */.SS)((0,display/* display */.Vy)(d.file, 400));
    const renamed = d.renamedFrom === undefined
        ? []
        : [
            {
                text: `${file}: renamed from ${(0,display/* display */.Vy)(d.renamedFrom, 400)}.`,
                markdown: `${fileMd}: renamed from ${(0,reporters_escape/* codeSpan */.SS)((0,display/* display */.Vy)(d.renamedFrom, 400))}.`
            }
        ];
    if ('unavailable' in d) {
        const reason = (0,display/* display */.Vy)(d.unavailable, 2000);
        return [
            ...renamed,
            {
                text: `${file}: not compared: ${reason}.`,
                markdown: `${fileMd}: not compared: ${(0,reporters_escape/* markdownText */.p7)(reason)}.`
            }
        ];
    }
    const out = [...renamed];
    const { target } = d.diff;
    if (d.status !== 'modified') {
        const what = d.status === 'added'
            ? 'new file, compared with no rules at all'
            : 'deleted, compared with no rules at all';
        out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${(0,reporters_escape/* markdownText */.p7)(what)}.` });
    }
    if (target.old && target.new && target.old !== target.new) {
        const what = `Target ${target.old} → ${target.new}`;
        out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${(0,reporters_escape/* markdownText */.p7)(what)}.` });
    }
    if (changeCount(d.diff) === 0) {
        const what = 'no change in who gets access';
        out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${(0,reporters_escape/* markdownText */.p7)(what)}.` });
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
        .sort((a, b) => RANK[a.e.kind] - RANK[b.e.kind] || +b.e.admin - +a.e.admin || a.i - b.i)
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
        const file = (0,display/* display */.Vy)(d.file, 400);
        const renamed = d.renamedFrom === undefined ? [] : [`  renamed from ${(0,display/* display */.Vy)(d.renamedFrom, 400)}`];
        if ('unavailable' in d) {
            lines.push(`${file}: not compared: ${(0,display/* display */.Vy)(d.unavailable, 2000)}.`, ...renamed, '');
            continue;
        }
        const n = changeCount(d.diff);
        lines.push(`${file} (${STATUS[d.status]}): ${n ? plural(n, 'change') : 'no change in who gets access'}`, ...renamed);
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
        const file = several ? `${(0,reporters_escape/* codeSpan */.SS)((0,display/* display */.Vy)(e.file, 400))}: ` : '';
        return `- ${icon[e.kind]} ${file}${e.markdown}\n`;
    });
    const whole = head + lines.join('');
    if (whole.length <= maxChars && (maxBytes === Infinity || (0,markdown/* utf8Length */.wI)(whole) <= maxBytes)) {
        return whole;
    }
    const notes = entries.filter((e) => e.kind === 'note').length;
    const more = (kept) => {
        const cutNotes = Math.min(notes, entries.length - kept);
        const cutChanges = entries.length - kept - cutNotes;
        const parts = [
            ...(cutChanges ? [plural(cutChanges, 'more change')] : []),
            ...(cutNotes ? [plural(cutNotes, cutChanges ? 'note' : 'more note') + ' about files'] : [])
        ];
        return `\n… and ${parts.join(' and ')}\n`;
    };
    const reserve = more(0).length;
    const reserveBytes = (0,markdown/* utf8Length */.wI)(more(0));
    let out = head;
    let bytes = (0,markdown/* utf8Length */.wI)(head);
    let kept = 0;
    for (const line of lines) {
        const lineBytes = (0,markdown/* utf8Length */.wI)(line);
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

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/action/github.ts




/**
 * Octokit for `GITHUB_API_URL` (GitHub Enterprise Server included; `@actions/github` reads it),
 * with the retry plugin (5xx and network errors, exponential back-off) and the throttling plugin
 * (GitHub's pacing of writes; primary and secondary rate limits). A rate-limited request is retried
 * at most twice, and only when the wait GitHub asks for (`retry-after`, else the plugin's fallback
 * of 60 s, else `x-ratelimit-reset`) still fits in the budget; otherwise it fails and the caller
 * falls back to annotations and the job summary. Requests carry the budget's abort signal through
 * {@link within} (per request: a client-wide `request` option would replace the proxy-aware fetch
 * `@actions/github` sets there). 5xx answers are retried twice (after 1 s and 4 s).
 */
function makeClient(token, budget) {
    const limited = (kind) => (retryAfter, options, _o, retryCount) => {
        const fits = retryAfter * 1000 < budget.remaining();
        const again = retryCount < 2 && fits;
        core.info(`exo-access-gate: GitHub answered ${options.method ?? ''} ${options.url ?? ''} with a ${kind} rate limit ` +
            `(retry after ${retryAfter} s); ${again ? 'retrying' : 'giving up on it'}.`);
        return again;
    };
    return github/* getOctokit */.Q(token, {
        throttle: {
            onRateLimit: limited('primary'),
            onSecondaryRateLimit: limited('secondary')
        },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: 2 },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => core.debug(m),
            error: (m) => core.debug(m)
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(e) {
    if (typeof e === 'object' && e !== null && 'status' in e) {
        const s = e.status;
        if (typeof s === 'number')
            return s;
    }
    return undefined;
}
/** A secondary or primary rate limit that was not (or no longer) retried. */
function isRateLimit(e) {
    const status = statusOf(e);
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const message = e instanceof Error ? e.message : '';
    return /\brate limit\b/i.test(message);
}
/** Request options that bind a request to the budget: `client.request(route, within(budget, {...}))`. */
function within(budget, params) {
    if (budget.remaining() <= 0)
        throw new BudgetExceeded(budget.seconds);
    return { ...params, request: { ...params.request, signal: budget.signal } };
}
/** The run's API budget ran out; the review is left as it is and the findings stay in the summary. */
class BudgetExceeded extends Error {
    name = 'BudgetExceeded';
    constructor(seconds) {
        super(`the ${seconds}-second budget for GitHub API calls ran out`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/reporters/review.ts



/*
 * The plan of the pull request review: which findings get an inline comment, which are already
 * there, which go to the summary comment and which of our old comments are stale. Pure: the
 * caller (src/action/) lists the PR's files and comments, and posts what this module plans.
 *
 * GitHub's rules (reference/github-actions-platform.md §2.3; security-and-robustness.md §5.3):
 * a review comment's `line` (RIGHT side) must be inside a hunk of the PR diff, `start_line` must
 * precede `line` in the same hunk, and one bad comment makes GitHub refuse the whole review (422).
 * About 30 comments per review is where secondary rate limits and 502s start (reviewdog's
 * `maxCommentsPerRequest = 30`).
 */
/** The hidden marker that starts the one summary comment of the pull request. */
const SUMMARY_MARKER = '<!-- exo-access-gate:summary -->';
/** Inline comments per run; the other findings go to the summary comment. */
const INLINE_LIMIT = 30;
const FINGERPRINT = /^[0-9a-f]{16}$/;
const MARKER_PREFIX = '<!-- exo-access-gate:finding ';
const MARKER_SUFFIX = ' -->';
/** Literal prefix, fixed-length body, no alternation: one linear scan whatever the body holds. */
const MARKER = /<!-- exo-access-gate:finding ([0-9a-f]{16}) -->/g;
/** Line numbers inside message data: keys named `line`/`…Line`, and "line 12" inside texts. */
const LINE_KEY = /(?:line|column)$/i;
const LINE_REF = /\bline \d+/g;
/**
 * The stable identity of a finding, so a later run knows it is already posted: 16 hex digits of
 * SHA-256 over file, check ID, JSON Pointer, message template and its values (keys sorted). Line
 * and column are left out, and so are line numbers inside the values (`otherLine`, "line 12"), so
 * inserting lines above a finding, or above the item its message names, does not post it again.
 * Severity and suppression are left out too: changing either is not a new finding.
 */
function fingerprint(f) {
    const values = f.data ?? {};
    const data = Object.keys(values)
        .filter((k) => !LINE_KEY.test(k))
        .sort()
        .map((k) => {
        const v = values[k];
        return [k, typeof v === 'string' ? v.replace(LINE_REF, 'line') : v];
    });
    const identity = JSON.stringify([f.file, f.id, f.pointer, f.messageId, data]);
    return (0,external_node_crypto_.createHash)('sha256').update(identity, 'utf8').digest('hex').slice(0, 16);
}
/** The hidden marker that carries a finding's fingerprint at the end of its inline comment. */
function fingerprintMarker(fp) {
    if (!FINGERPRINT.test(fp)) {
        throw new RangeError(`A fingerprint is 16 lower-case hex digits, not ${JSON.stringify(fp)}.`);
    }
    return MARKER_PREFIX + fp + MARKER_SUFFIX;
}
/** The fingerprints of every finding marker in a comment body, each once, in order of appearance. */
function fingerprintsIn(body) {
    if (typeof body !== 'string' || !body.includes(MARKER_PREFIX))
        return [];
    const found = new Set();
    for (const m of body.matchAll(MARKER))
        found.add(m[1]);
    return [...found];
}
/** `@@ -a[,b] +c[,d] @@`: digits only, anchored, so a hostile header costs one scan. */
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * The lines of the new version that a review comment may point at: every RIGHT-side line inside a
 * hunk of the file's unified-diff `patch` (added `+` and context ` ` lines, not removed `-` ones),
 * mapped to the index of its hunk (the ordinal of its `@@` header in the patch), so the caller can
 * tell whether two lines share a hunk. A hunk whose lines do not add up to its header's counts, or
 * whose numbers are absurd, is skipped whole; `\ No newline at end of file` is not a line. As
 * `git apply` does, an empty line inside a hunk is read as an empty context line (some tools strip
 * the trailing space). No patch (binary, or too large for GitHub to send) → no lines.
 */
function commentableLines(patch) {
    const lines = new Map();
    if (typeof patch !== 'string' || patch === '')
        return lines;
    let index = -1;
    // the hunk being read: old and new lines still expected, the next new line, its lines so far
    let oldLeft = 0;
    let newLeft = 0;
    let next = 0;
    let pending = [];
    let open = false;
    const close = () => {
        if (open && oldLeft === 0 && newLeft === 0) {
            for (const n of pending)
                if (!lines.has(n))
                    lines.set(n, index);
        }
        open = false;
        pending = [];
    };
    let start = 0;
    // the empty text after a final line break is not a line
    while (start < patch.length) {
        let end = patch.indexOf('\n', start);
        if (end === -1)
            end = patch.length;
        const line = patch.slice(start, end);
        start = end + 1;
        if (line.startsWith('@@')) {
            close();
            index++;
            const m = HUNK.exec(line);
            if (!m)
                continue;
            const oldCount = m[2] === undefined ? 1 : Number(m[2]);
            const newStart = Number(m[3]);
            const newCount = m[4] === undefined ? 1 : Number(m[4]);
            const sane = Number.isSafeInteger(Number(m[1])) &&
                Number.isSafeInteger(oldCount) &&
                Number.isSafeInteger(newStart) &&
                Number.isSafeInteger(newCount) &&
                Number.isSafeInteger(newStart + newCount) &&
                // a hunk with new lines starts at line 1 or later; an empty one may say `+0,0`
                (newCount === 0 || newStart >= 1);
            if (!sane)
                continue;
            open = true;
            oldLeft = oldCount;
            newLeft = newCount;
            next = newStart;
            continue;
        }
        if (!open)
            continue;
        if (oldLeft === 0 && newLeft === 0) {
            // the hunk is complete; what follows until the next header is not part of any hunk
            close();
            continue;
        }
        const c = line === '' || line === '\r' ? ' ' : line[0];
        if (c === '\\')
            continue;
        if (c === ' ' && oldLeft > 0 && newLeft > 0) {
            oldLeft--;
            newLeft--;
            pending.push(next++);
        }
        else if (c === '+' && newLeft > 0) {
            newLeft--;
            pending.push(next++);
        }
        else if (c === '-' && oldLeft > 0) {
            oldLeft--;
        }
        else {
            // a line the header leaves no room for, or one that is no diff line: the hunk is malformed
            open = false;
            pending = [];
        }
    }
    close();
    return lines;
}
const review_RANK = { error: 3, warning: 2, notice: 1 };
const rank = (s) => (Object.hasOwn(review_RANK, s) ? review_RANK[s] : 0);
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A number that sorts: NaN and other junk last, so the comparator stays consistent. */
const num = (n) => (Number.isFinite(n) ? n : Number.MAX_VALUE);
/** Most severe first, then file, line, column (then ID and message, so order never depends on input). */
function review_compare(a, b) {
    return (rank(b.severity) - rank(a.severity) ||
        ordinal(String(a.file), String(b.file)) ||
        num(a.line) - num(b.line) ||
        num(a.column) - num(b.column) ||
        ordinal(String(a.id), String(b.id)) ||
        ordinal(String(a.message), String(b.message)));
}
/** The last line a finding covers: an end at column 1 of a later line ends on the line before. */
function lastLine(f) {
    if (!Number.isSafeInteger(f.endLine) || f.endLine <= f.line)
        return f.line;
    return Math.max(f.line, f.endColumn === 1 ? f.endLine - 1 : f.endLine);
}
/**
 * Where the comment goes, or undefined when the finding's start line is not in the diff. A finding
 * that spans lines of one hunk gets the whole range (`start_line` < `line`, as GitHub requires);
 * otherwise the comment sits on its start line alone.
 */
function review_anchor(f, lines) {
    if (!lines || !Number.isSafeInteger(f.line))
        return undefined;
    const hunk = lines.get(f.line);
    if (hunk === undefined)
        return undefined;
    const last = lastLine(f);
    if (last > f.line && lines.get(last) === hunk)
        return { line: last, start_line: f.line };
    return { line: f.line };
}
/**
 * Plans the review. Findings go, most severe first, to exactly one of `post` (a new comment on a
 * diff line, at most `limit`), `alreadyPosted` (an unresolved comment of ours carries the
 * fingerprint) or `outsideDiff` (the summary lists them); suppressed findings to none. Copies of a
 * finding (same fingerprint) get one comment: a copy of a finding planned now goes to the summary,
 * a copy of one already posted is already posted.
 *
 * Only comments of ours (`isOurs`) count, and only top-level ones (not replies). A comment in a
 * resolved thread does not count as posted (someone resolved it, yet the finding is back: post it
 * again), nor does an outdated one (`line: null`: its line left the diff, so it no longer shows on
 * the code). `stale` lists our unresolved top-level comments with a fingerprint of which every
 * fingerprint is gone, or, for an outdated comment, gone or carried by a comment posted or planned
 * now. A comment of the same bot without any of our markers (another workflow's) is never stale.
 */
function planReview(input) {
    const limit = input.limit ?? INLINE_LIMIT;
    if (!Number.isSafeInteger(limit) || limit < 0) {
        throw new RangeError(`limit must be a whole number of at least 0, not ${limit}.`);
    }
    // Our top-level comments that may count: fingerprint → the first current, unresolved one.
    const ours = [];
    const posted = new Map();
    for (const c of input.existing) {
        if (c.inReplyToId !== undefined && c.inReplyToId !== null)
            continue;
        if (c.resolved === true)
            continue;
        if (!input.isOurs(c))
            continue;
        const fps = fingerprintsIn(c.body);
        if (fps.length === 0)
            continue;
        ours.push({ comment: c, fps });
        if (c.line === null)
            continue;
        for (const fp of fps)
            if (!posted.has(fp))
                posted.set(fp, c);
    }
    const plan = { post: [], alreadyPosted: [], outsideDiff: [], stale: [] };
    // fingerprint → where its first finding went: a comment of ours, 'post', or 'summary'
    const placed = new Map();
    const active = input.findings.filter((f) => !f.suppressed).sort(review_compare);
    for (const f of active) {
        const fp = fingerprint(f);
        const before = placed.get(fp);
        if (before !== undefined) {
            if (typeof before === 'object')
                plan.alreadyPosted.push({ finding: f, comment: before });
            else
                plan.outsideDiff.push(f);
            continue;
        }
        const comment = posted.get(fp);
        if (comment) {
            plan.alreadyPosted.push({ finding: f, comment });
            placed.set(fp, comment);
            continue;
        }
        const at = plan.post.length < limit ? review_anchor(f, input.files.get(f.file)) : undefined;
        if (!at) {
            plan.outsideDiff.push(f);
            placed.set(fp, 'summary');
            continue;
        }
        const inline = { path: f.file, line: at.line, side: 'RIGHT', body: '' };
        if (at.start_line !== undefined) {
            inline.start_line = at.start_line;
            inline.start_side = 'RIGHT';
        }
        inline.body = inlineBody(f, fp, input.docsBase);
        plan.post.push({ finding: f, fingerprint: fp, comment: inline });
        placed.set(fp, 'post');
    }
    for (const { comment, fps } of ours) {
        const outdated = comment.line === null;
        // an outdated comment is superseded when its finding has a current comment (posted or planned)
        const gone = fps.every((fp) => {
            const where = placed.get(fp);
            return where === undefined || (outdated && where !== 'summary');
        });
        if (gone)
            plan.stale.push(comment);
    }
    return plan;
}
/** A link destination needs no `<…>` when it has no space, control, parenthesis or angle bracket. */
function href(url) {
    return url.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f()<>\\`|[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
/** A check ID of the registry's shape is linked to its page; anything else is shown as text. */
function checkLink(id, docsBase) {
    return /^[A-Z]{2,10}\d{1,6}$/.test(id)
        ? `[${id}](${href(`${docsBase}${id}.md`)})`
        : (0,reporters_escape/* markdownText */.p7)(String(id));
}
/** Text longer than `max` UTF-16 code units, cut there (never inside a surrogate pair). */
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff)
        end--;
    return `${text.slice(0, end)}… (${(0,digits/* groupDigits */.K)(text.length)} characters)`;
}
/** Untrusted text shown in an inline comment is cut to this many characters before escaping. */
const MAX_MESSAGE = 2000;
const MAX_POINTER = 200;
/**
 * The body of a finding's inline comment: `**EXO201** missing-safeguard (error): message`, the ID
 * linked to the check's page, then the JSON Pointer as code, then the hidden fingerprint marker
 * last. Untrusted text is escaped (no HTML, mentions, references, links) and cut, so the body
 * stays far below GitHub's 65,536 characters; there is no code block, so never a `suggestion`.
 */
function inlineBody(f, fp, docsBase) {
    const marker = fingerprintMarker(fp);
    const severity = Object.hasOwn(review_RANK, f.severity) ? f.severity : (0,reporters_escape/* markdownText */.p7)(String(f.severity));
    const head = `**${checkLink(String(f.id), docsBase)}** ${(0,reporters_escape/* markdownText */.p7)(String(f.slug))} (${severity}): ` +
        (0,reporters_escape/* markdownText */.p7)(cut(String(f.message), MAX_MESSAGE));
    const pointer = typeof f.pointer === 'string' && f.pointer !== ''
        ? `\n\nAt ${(0,reporters_escape/* codeSpan */.SS)(cut(f.pointer, MAX_POINTER))}.`
        : '';
    return `${head}${pointer}\n\n${marker}`;
}
/** The review's one-line body: how many comments it adds, and where every finding is. */
function reviewBody(summaryUrl, count) {
    if (!Number.isSafeInteger(count) || count < 0) {
        throw new RangeError(`count must be a whole number of at least 0, not ${count}.`);
    }
    const n = `${(0,digits/* groupDigits */.K)(count)} new inline ${count === 1 ? 'comment' : 'comments'}`;
    const url = summaryUrl !== undefined && /^https?:\/\//i.test(summaryUrl) ? summaryUrl : undefined;
    const where = url
        ? `[the summary comment](${href(url)})`
        : 'the summary comment of this pull request';
    return `**exo-access-gate**: ${n}; every finding, including those outside the diff, is in ${where}.`;
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts


/** GitHub lists at most 3,000 files of a pull request (REST "List pull requests files"). */
const MAX_PR_FILES = 3000;
/** The PR's files with the RIGHT-side lines of their hunks. Reading needs no write permission. */
async function changedFiles(client, pr, budget) {
    const files = [];
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', within(budget, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 }))) {
        for (const f of page.data) {
            files.push({
                path: f.filename,
                status: f.status,
                lines: commentableLines(f.patch),
                ...(f.previous_filename ? { previousPath: f.previous_filename } : {})
            });
        }
        if (files.length >= MAX_PR_FILES)
            break;
    }
    return files;
}
/**
 * Who the action's token is, as a test on comment authors. `GET /user` answers for a personal
 * token; the default `GITHUB_TOKEN` (an installation token) gets 403 there, and GraphQL's `viewer`
 * answers `github-actions` for it, whose REST login is `github-actions[bot]`. When neither answers,
 * the token is taken to be the default one.
 */
async function identity(client, budget) {
    try {
        const { data } = await client.request('GET /user', within(budget, {}));
        const login = data.login;
        return (l) => l === login;
    }
    catch (e) {
        if (e instanceof BudgetExceeded)
            throw e;
    }
    try {
        const data = await client.graphql('query { viewer { login } }', within(budget, {}));
        const login = data.viewer.login;
        return (l) => l === login || l === `${login}[bot]`;
    }
    catch (e) {
        if (e instanceof BudgetExceeded)
            throw e;
    }
    return (l) => l === 'github-actions[bot]';
}
const THREADS = `query ($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;
/** Every review comment of the PR, with its thread and whether the thread is resolved. */
async function reviewComments(client, pr, budget, withThreads) {
    const comments = [];
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', within(budget, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 }))) {
        for (const c of page.data) {
            const existing = {
                id: c.id,
                nodeId: c.node_id,
                path: c.path,
                body: c.body,
                author: c.user?.login ?? '',
                line: c.line ?? null,
                htmlUrl: c.html_url
            };
            if (c.in_reply_to_id !== undefined)
                existing.inReplyToId = c.in_reply_to_id;
            comments.push(existing);
        }
    }
    if (!withThreads(comments))
        return comments;
    const byId = new Map(comments.map((c) => [c.id, c]));
    let after = null;
    for (let page = 0; page < 50; page++) {
        const data = await client.graphql(THREADS, within(budget, { owner: pr.owner, repo: pr.repo, number: pr.number, after }));
        const threads = data.repository?.pullRequest?.reviewThreads;
        if (!threads)
            break;
        for (const t of threads.nodes) {
            const first = t.comments.nodes[0]?.databaseId;
            const c = first == null ? undefined : byId.get(first);
            if (c) {
                c.threadId = t.id;
                c.resolved = t.isResolved;
            }
        }
        if (!threads.pageInfo.hasNextPage)
            break;
        after = threads.pageInfo.endCursor;
    }
    return comments;
}
async function summaryComments(client, pr, budget, isOurs) {
    const found = [];
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', within(budget, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 }))) {
        for (const c of page.data) {
            const body = c.body ?? '';
            const author = c.user?.login ?? '';
            if (body.startsWith(SUMMARY_MARKER) && isOurs(author)) {
                found.push({ id: c.id, body, author, htmlUrl: c.html_url });
            }
        }
    }
    return found;
}
/** A write that answered 5xx may still have happened: the caller lists before trying again. */
function isServerError(e) {
    const s = statusOf(e);
    return s !== undefined && s >= 500 && !(e instanceof BudgetExceeded);
}
/**
 * Creates or updates the one summary comment of ours on the PR. A comment is ours only when it
 * starts with the marker AND its author is the token's identity: someone else's comment carrying
 * the marker is never touched. Extra summaries of ours (left by an interrupted run) are deleted.
 * The create is sent without retries; after a 5xx the comments are listed again and the one that
 * the failed request created, if any, is updated instead of creating another. After a create the
 * comments are listed once more: two runs racing on one pull request both keep the oldest summary
 * and delete the other, so one remains.
 */
async function upsertSummary(client, pr, budget, isOurs, body, create) {
    const base = { owner: pr.owner, repo: pr.repo };
    let created;
    for (let attempt = 0;; attempt++) {
        // oldest first: when two runs raced and both created one, both keep the oldest
        const ours = (await summaryComments(client, pr, budget, isOurs)).sort((a, b) => a.id - b.id);
        const [first, ...extra] = ours;
        if (first) {
            for (const e of extra) {
                try {
                    await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', within(budget, { ...base, comment_id: e.id }));
                }
                catch (err) {
                    if (statusOf(err) !== 404)
                        throw err; // 404: the racing run deleted it first
                }
            }
            if (first.body === body)
                return first.htmlUrl;
            const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', within(budget, { ...base, comment_id: first.id, body }));
            return data.html_url;
        }
        if (created !== undefined)
            return created;
        if (!create)
            return undefined;
        try {
            const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', within(budget, { ...base, issue_number: pr.number, body, request: { retries: 0 } }));
            // listed once more, so that a run racing this one for the same pull request ends with one
            created = data.html_url;
        }
        catch (e) {
            if (attempt === 0 && isServerError(e))
                continue;
            throw e;
        }
    }
}
/**
 * Posts the planned inline comments as one review (event COMMENT) whose body points at the
 * summary. On 422 (a line GitHub does not accept) nothing is retried inline: the caller moves those
 * findings into the summary. After a 5xx the review comments are listed again, and the review is
 * sent again only when none of its fingerprints arrived.
 */
async function postReview(client, pr, budget, plan, summaryUrl, isOurs) {
    if (plan.post.length === 0)
        return [];
    const wanted = new Set(plan.post.map((p) => p.fingerprint));
    const request = {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: 'COMMENT',
        body: reviewBody(summaryUrl, plan.post.length),
        comments: plan.post.map((p) => p.comment)
    };
    for (let attempt = 0;; attempt++) {
        try {
            await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', within(budget, { ...request, request: { retries: 0 } }));
            return [];
        }
        catch (e) {
            if (statusOf(e) === 422)
                return plan.post.map((p) => p.finding);
            if (attempt > 0 || !isServerError(e))
                throw e;
            const now = await reviewComments(client, pr, budget, () => false);
            const arrived = now.some((c) => isOurs(c.author) && fingerprintsIn(c.body).some((fp) => wanted.has(fp)));
            if (arrived)
                return [];
        }
    }
}
const RESOLVE = `mutation ($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;
const MINIMIZE = `mutation ($subjectId: ID!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`;
/** Resolves the threads of our comments whose finding is gone (minimises the comment when it has no thread). */
async function resolveStale(client, budget, stale) {
    let done = 0;
    for (const c of stale) {
        if (c.threadId) {
            await client.graphql(RESOLVE, within(budget, { threadId: c.threadId }));
        }
        else {
            await client.graphql(MINIMIZE, within(budget, { subjectId: c.nodeId }));
        }
        done++;
    }
    return done;
}


;// CONCATENATED MODULE: ./src/action/effect.ts















/*
 * "Effect of this change" on a pull request: each changed rule-set file of the PR, as it is in the
 * workspace (the head; the merge commit that `actions/checkout` checks out on `pull_request`),
 * compared with its version at the PR's base commit (`pull_request.base.sha`), fetched through the
 * REST contents API, so a shallow checkout is enough. The section goes into the summary comment
 * (capped) and the job summary (the whole list); the log gets the text. Nothing here fails the
 * run or touches a finding: a base that cannot be fetched makes that file's line say why.
 */
/**
 * The section's share of the summary comment: about 50 statements, opening ones first, which is
 * what a reviewer reads before the diff; the job summary and the log have the rest. The finding
 * rows keep the other 55,000 characters of GitHub's 65,536 beside the verdict, the notes, the
 * callout, the counts and the closing note (a few thousand at most).
 */
const EFFECT_COMMENT_MAX_CHARS = 8_000;
/**
 * The section's share of the job summary: 384 KiB of its 1 MiB, so the finding rows keep more
 * than half. Past it the section ends with "… and N more changes"; the log has every change.
 */
const EFFECT_SUMMARY_MAX_BYTES = (markdown/* JOB_SUMMARY_MAX_BYTES */.m9 / 8) * 3;
/** The contents API answers a file's bytes as they are, whatever their size (up to 100 MB). */
const RAW_MEDIA_TYPE = 'application/vnd.github.raw+json';
/** The config file is read with the cap the run reads it with (run.ts). */
const CONFIG_MAX_BYTES = 1_048_576;
/**
 * The section for both channels, or undefined when the pull request changes no rule-set file the
 * run covers. Never throws: a failure of its own becomes a section that says so.
 */
async function effectOfChange(input) {
    try {
        const config = runConfig(input.root, input.outcome.configFile);
        const patterns = input.paths.length
            ? input.paths
            : config.paths?.length
                ? config.paths
                : [load/* DEFAULT_PATTERN */.Do];
        const checked = new Set(input.outcome.result.files.map((f) => f.file));
        if (input.outcome.configFile)
            checked.delete(input.outcome.configFile);
        const targets = effectFiles(input.files, checked, ruleSetMatcher(patterns, input.root));
        if (targets.length === 0)
            return undefined;
        // one request at a time, as GitHub asks of integrations (secondary rate limits)
        const diffs = [];
        for (const target of targets) {
            const d = await effectOf(target, input, config);
            if (d)
                diffs.push(d);
        }
        if (diffs.length === 0)
            return undefined;
        core.info((0,reporters_escape/* neutraliseWorkflowCommands */.WM)(`exo-access-gate: effect of this change\n${effectText(diffs)}`));
        const tail = input.files.length >= MAX_PR_FILES
            ? `\n_GitHub lists only the first ${(0,digits/* groupDigits */.K)(MAX_PR_FILES)} files of a pull request: rule-set files past them are not in this section._\n`
            : '';
        return {
            comment: effectMarkdown(diffs, { maxChars: EFFECT_COMMENT_MAX_CHARS - tail.length }) + tail,
            summary: effectMarkdown(diffs, { maxBytes: EFFECT_SUMMARY_MAX_BYTES - tail.length }) + tail,
            diffs
        };
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        core.info(`exo-access-gate: the effect of this change could not be worked out (${why}).`);
        const section = '### Effect of this change\n\n' +
            'The effect of this change could not be worked out (an internal error, a bug in the gate); the findings are complete.\n';
        return { comment: section, summary: section, diffs: [] };
    }
}
/**
 * The PR's files the section covers, in the PR's order: those the run checked (it read them from
 * the workspace, so they are rule-set files), and deleted files the run's patterns would have
 * matched. A new (or copied) file has no base; a renamed one has its base at its previous path
 * when that was a rule-set file too (else it is new), and a rule-set file renamed to a path the run
 * does not check is deleted.
 */
function effectFiles(files, checked, isRuleSet) {
    const out = [];
    const deleted = (path) => out.push({ file: path, basePath: path, head: false });
    for (const f of files) {
        const previous = f.status === 'renamed' ? f.previousPath : undefined;
        if (f.status === 'removed') {
            if (isRuleSet(f.path))
                deleted(f.path);
        }
        else if (!checked.has(f.path)) {
            if (previous !== undefined && isRuleSet(previous))
                deleted(previous);
        }
        else if (f.status === 'added' || f.status === 'copied') {
            out.push({ file: f.path, head: true });
        }
        else if (previous !== undefined) {
            out.push(isRuleSet(previous)
                ? { file: f.path, basePath: previous, head: true, renamedFrom: previous }
                : { file: f.path, head: true });
        }
        else {
            out.push({ file: f.path, basePath: f.path, head: true });
        }
    }
    return out;
}
/**
 * Whether a path (that may no longer exist) is one the run's patterns would check: a folder
 * pattern covers `**\/*.exo.json` below it, a glob matches as `paths` globs do, and any other
 * pattern names one file. Folders the run never searches (`node_modules`, `.git`) are left out.
 */
function ruleSetMatcher(patterns, root) {
    const tests = [];
    const underDefault = picomatch_default()(load/* DEFAULT_PATTERN */.Do, { dot: false });
    for (const p of patterns) {
        if (p.trim() === '')
            continue;
        const abs = (0,external_node_path_.resolve)(root, p);
        const rel = (0,load/* relativeName */.IC)(root, abs);
        let directory = false;
        try {
            directory = (0,external_node_fs_.lstatSync)(abs).isDirectory();
        }
        catch {
            directory = false;
        }
        if (directory) {
            tests.push((path) => rel === ''
                ? underDefault(path)
                : path.startsWith(`${rel}/`) && underDefault(path.slice(rel.length + 1)));
        }
        else if (picomatch_default().scan(p).isGlob) {
            tests.push(picomatch_default()((0,external_node_path_.isAbsolute)(p) ? (0,load/* relativeName */.IC)(root, p) : p, { dot: false }));
        }
        else {
            tests.push((path) => path === rel);
        }
    }
    return (path) => !path.split('/').some((s) => s === 'node_modules' || s === '.git') && tests.some((t) => t(path));
}
/** The config the run used: its config file's, or the defaults (also when it is invalid). */
function runConfig(root, configFile) {
    if (configFile === undefined)
        return (0,config/* defaultConfig */.sb)();
    const read = (0,load/* readChecked */.Yi)(root, configFile, CONFIG_MAX_BYTES);
    return 'bytes' in read ? (0,config/* loadConfig */.Z9)(configFile, read.bytes).config : (0,config/* defaultConfig */.sb)();
}
/**
 * One file's effect: its head from the workspace, its base from GitHub, compared; undefined for a
 * deleted file that the base commit does not have either.
 */
async function effectOf(target, input, config) {
    const named = (d) => target.renamedFrom === undefined ? d : { ...d, renamedFrom: target.renamedFrom };
    const max = config.limits.maxFileBytes;
    let head;
    if (target.head) {
        const read = (0,load/* readChecked */.Yi)(input.root, target.file, max);
        if (!('bytes' in read)) {
            const why = (0,findings/* render */.XX)((0,checks/* checkById */.xz)('EXO001').messages[read.messageId] ?? read.messageId, read.data);
            return named(unavailable(target, `its head version could not be read: ${why.replace(/\.$/, '')}`));
        }
        head = read.bytes;
    }
    let base;
    if (target.basePath !== undefined) {
        const fetched = await fetchBase(input, target.basePath, max);
        if ('failed' in fetched)
            return named(unavailable(target, fetched.failed));
        if ('bytes' in fetched)
            base = fetched.bytes;
    }
    // deleted in the pull request and already gone at the base commit: nothing changes
    if (!base && !head)
        return undefined;
    const paths = target.basePath !== undefined ? { base: target.basePath } : {};
    return named(diffFiles(target.file, base, head, config, paths));
}
function unavailable(target, why) {
    const status = !target.head
        ? 'deleted'
        : target.basePath === undefined
            ? 'added'
            : 'modified';
    return { file: target.file, status, unavailable: why, findings: [] };
}
/**
 * The base version of a file: `GET /repos/{owner}/{repo}/contents/{path}?ref={base sha}` with
 * the raw media type, read as bytes (never decoded, so the comparison sees the file's own bytes)
 * and never past `maxBytes + 1`. 404: there is no base version. Retries (5xx), rate limits and
 * the time budget are the client's (github.ts); while less than half the budget is left, nothing
 * is fetched, so the review keeps its time.
 */
async function fetchBase(input, path, maxBytes) {
    const { client, pr, budget } = input;
    if (!pr.baseSha)
        return { failed: 'the event names no base commit to read its base version at' };
    if (budget.remaining() <= (budget.seconds * 1000) / 2) {
        return {
            failed: `its base version was not fetched, as less than half of the ${budget.seconds}-second budget for GitHub API calls was left and that is kept for the review`
        };
    }
    let response;
    try {
        response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', within(budget, {
            owner: pr.owner,
            repo: pr.repo,
            path,
            ref: pr.baseSha,
            headers: { accept: RAW_MEDIA_TYPE },
            request: { parseSuccessResponseBody: false }
        }));
    }
    catch (e) {
        if (statusOf(e) === 404 && !(e instanceof BudgetExceeded))
            return { absent: true };
        return { failed: `its base version could not be fetched (${failure(e, budget)})` };
    }
    try {
        const read = await readBody(response.data, maxBytes, response.headers);
        if ('tooLarge' in read) {
            return {
                failed: `its base version is ${read.tooLarge ? `${(0,digits/* groupDigits */.K)(read.tooLarge)} bytes, ` : ''}over the cap of ${(0,digits/* groupDigits */.K)(maxBytes)} bytes (limits.maxFileBytes); it was not read past the cap`
            };
        }
        return asFile(read.bytes, String(response.headers['content-type'] ?? ''));
    }
    catch (e) {
        return { failed: `its base version could not be read (${failure(e, budget)})` };
    }
}
/** Why a request failed, in a few words: the budget, a rate limit, or the status and message. */
function failure(e, budget) {
    if (e instanceof BudgetExceeded || budget.remaining() <= 0) {
        return `the ${budget.seconds}-second budget for GitHub API calls ran out`;
    }
    if (isRateLimit(e))
        return 'GitHub rate limit';
    const status = statusOf(e);
    // Octokit appends GitHub's documentation link to the message: the reader needs only the words
    const message = (e instanceof Error ? e.message.split('\n')[0] : String(e))
        .replace(/ - https?:\/\/\S+$/, '')
        .slice(0, 200);
    return status !== undefined ? `HTTP ${status}: ${message}` : message;
}
/**
 * The bytes of a response body, at most `maxBytes` (`tooLarge` past that: the size when known,
 * else 0). The body is a stream (`parseSuccessResponseBody: false`); a client that parsed it
 * anyway gives a string or an ArrayBuffer.
 */
async function readBody(data, maxBytes, headers) {
    const declared = Number(headers['content-length']);
    if (Number.isSafeInteger(declared) && declared > maxBytes) {
        if (isStream(data))
            await data.cancel().catch(() => { });
        return { tooLarge: declared };
    }
    let bytes;
    if (data === null || data === undefined)
        bytes = new Uint8Array(0);
    else if (typeof data === 'string')
        bytes = new TextEncoder().encode(data);
    else if (data instanceof ArrayBuffer)
        bytes = new Uint8Array(data);
    else if (data instanceof Uint8Array)
        bytes = data;
    else if (isStream(data)) {
        const reader = data.getReader();
        const chunks = [];
        let size = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > maxBytes) {
                await reader.cancel().catch(() => { });
                return { tooLarge: 0 };
            }
            chunks.push(value);
        }
        bytes = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
            bytes.set(c, at);
            at += c.byteLength;
        }
    }
    else {
        bytes = new TextEncoder().encode(JSON.stringify(data));
    }
    return bytes.length > maxBytes ? { tooLarge: bytes.length } : { bytes };
}
function isStream(data) {
    return (typeof data === 'object' &&
        data !== null &&
        typeof data.getReader === 'function');
}
/**
 * The file from a raw answer. A JSON answer (`application/json`) means the server did not send
 * the raw bytes: the contents API does that for a folder, a submodule or a symlink that leaves
 * the repository, and none of those is a rule-set file to compare with.
 */
function asFile(bytes, contentType) {
    if (!/^application\/json\b/i.test(contentType.trim()))
        return { bytes };
    let doc;
    try {
        doc = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        return {
            failed: 'GitHub answered with JSON that could not be read instead of the base version'
        };
    }
    const item = doc;
    if (Array.isArray(doc))
        return { failed: 'its base version is a folder, not a file' };
    if (item.type === 'file') {
        // over 1 MB, the JSON answer comes with no content (encoding "none")
        return item.encoding === 'base64' && typeof item.content === 'string'
            ? { bytes: new Uint8Array(Buffer.from(item.content, 'base64')) }
            : { failed: 'GitHub sent its base version without its content' };
    }
    const kind = typeof item.type === 'string' ? item.type.slice(0, 40) : 'something else';
    return { failed: `its base version is a ${kind}, not a regular file` };
}

;// CONCATENATED MODULE: ./src/action/review.ts






/** The one notice of a token that may not write to the pull request (fork PRs, read-only tokens). */
const FORBIDDEN_NOTICE = 'exo-access-gate: the token cannot write to this pull request (fork pull requests and read-only tokens ' +
    'get 403 "Resource not accessible by integration"), so there is no review comment; every finding is in ' +
    'the annotations and the job summary, and the verdict is unchanged.';
const review_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * The pull request review: the summary comment (created when there is something to say, updated
 * in place whenever it exists), inline comments for new findings on diff lines, stale threads
 * resolved. Every failure ends here as a notice or warning and a note for the job summary; none
 * changes the verdict, and the job summary still lists every finding.
 */
async function review(input) {
    const { client, pr, budget, result, outcome } = input;
    const notes = [];
    const inline = new Map();
    try {
        const isOurs = await identity(client, budget);
        const findings = result.files.flatMap((f) => f.findings);
        const existing = await reviewComments(client, pr, budget, (cs) => cs.some((c) => isOurs(c.author)));
        const plan = planReview({
            findings,
            files: new Map(input.files.map((f) => [f.path, f.lines])),
            existing,
            isOurs: (c) => isOurs(c.author),
            docsBase: input.docsBase
        });
        // Rows of findings with an inline comment link to the PR's changed files: the same link before
        // and after the comment exists, so an unchanged result leaves the summary byte for byte alone.
        const filesUrl = pr.htmlUrl ? `${pr.htmlUrl}/files` : undefined;
        if (filesUrl)
            for (const { finding } of plan.alreadyPosted)
                inline.set(finding, filesUrl);
        const body = (extra) => (0,markdown/* markdown */.wD)(result, {
            docsBase: input.docsBase,
            maxChars: markdown/* COMMENT_MAX_CHARS */.dq,
            marker: SUMMARY_MARKER,
            verdict: outcome.verdict,
            failOn: outcome.failOn,
            configChanged: input.configChanged,
            configFile: input.configFile,
            notes: extra,
            moreIn: 'the log and the job summary of this run',
            inlineUrl: (f) => inline.get(f),
            ...(input.effect !== undefined ? { extraSections: [input.effect] } : {})
        });
        // Optimistic: rows of the findings about to be posted inline already say so; when the review
        // fails, the summary is written again without that and with a note.
        if (filesUrl)
            for (const p of plan.post)
                inline.set(p.finding, filesUrl);
        const worthSaying = findings.length > 0 || input.configChanged || input.effect !== undefined;
        let summaryUrl = await upsertSummary(client, pr, budget, isOurs, body([]), worthSaying);
        let moved = [];
        let failure;
        try {
            moved = await postReview(client, pr, budget, plan, summaryUrl, isOurs);
            if (moved.length > 0)
                failure = 'GitHub refused their lines (422)';
        }
        catch (e) {
            if (isForbidden(e))
                throw e;
            moved = plan.post.map((p) => p.finding);
            failure = why(e);
        }
        if (moved.length > 0) {
            for (const f of moved)
                inline.delete(f);
            const note = `${review_plural(moved.length, 'finding')} could not be posted as inline comments (${(0,reporters_escape/* markdownText */.p7)(failure ?? '')}) and ${moved.length === 1 ? 'is' : 'are'} listed here.`;
            core.info(`exo-access-gate: ${note}`);
            notes.push(note);
            summaryUrl = await upsertSummary(client, pr, budget, isOurs, body([note]), true);
        }
        const resolved = await resolveStale(client, budget, plan.stale);
        core.info(`exo-access-gate: summary comment ${summaryUrl ?? 'not needed'}; ${review_plural(plan.post.length - moved.length, 'new inline comment')}, ` +
            `${plan.alreadyPosted.length} already posted, ${review_plural(resolved, 'stale thread')} resolved.`);
    }
    catch (e) {
        inline.clear();
        if (isForbidden(e)) {
            core.notice(FORBIDDEN_NOTICE);
            notes.push('The token cannot write to this pull request (403), so this summary and the annotations are the whole report.');
        }
        else {
            core.warning(`exo-access-gate: the pull request review was not completed (${why(e)}); every finding is in the job summary and the annotations, and the verdict is unchanged.`);
            notes.push(`The pull request review was not completed (${(0,reporters_escape/* markdownText */.p7)(why(e))}); this summary lists every finding.`);
        }
    }
    return { notes, inline };
}
/** 403 that is not a rate limit, or 404 (a token that cannot see the pull request). */
function isForbidden(e) {
    const s = statusOf(e);
    return (s === 403 && !isRateLimit(e)) || s === 404;
}
function why(e) {
    if (e instanceof BudgetExceeded)
        return e.message;
    const s = statusOf(e);
    if (isRateLimit(e))
        return 'GitHub rate limit';
    const message = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e);
    return s !== undefined ? `HTTP ${s}: ${message}` : message;
}

;// CONCATENATED MODULE: ./src/action/api.ts
// Everything of the action that talks to GitHub's API: @actions/github, Octokit and its plugins,
// and the modules built on them (about 250 ms to load). main.ts imports this module dynamically,
// and only when a run can call the API (a token and a pull request event); ncc bundles it as a
// chunk of its own next to dist/index.js.







/***/ })

};

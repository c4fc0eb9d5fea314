# CPython 3.11 opcode names per code object, normalised for tools/compare-cpython.sh.
import dis, sys, types
DROP = {'RESUME','PUSH_NULL','PRECALL','CACHE','MAKE_CELL','COPY_FREE_VARS','RETURN_GENERATOR'}
REN = {'KW_NAMES':'LOAD_CONST','POP_JUMP_FORWARD_IF_FALSE':'POP_JUMP_IF_FALSE','POP_JUMP_BACKWARD_IF_FALSE':'POP_JUMP_IF_FALSE',
 'POP_JUMP_FORWARD_IF_TRUE':'POP_JUMP_IF_TRUE','POP_JUMP_BACKWARD_IF_TRUE':'POP_JUMP_IF_TRUE',
 'POP_JUMP_FORWARD_IF_NONE':'POP_JUMP_IF_NONE','POP_JUMP_BACKWARD_IF_NONE':'POP_JUMP_IF_NONE',
 'POP_JUMP_FORWARD_IF_NOT_NONE':'POP_JUMP_IF_NOT_NONE','POP_JUMP_BACKWARD_IF_NOT_NONE':'POP_JUMP_IF_NOT_NONE',
 'JUMP_BACKWARD_NO_INTERRUPT':'JUMP_BACKWARD','CALL_METHOD':'CALL','CALL_KW':'CALL'}
def walk(co, out):
    out.append('== ' + co.co_qualname)
    ins = list(dis.get_instructions(co))
    skip_pop = co.co_flags & 0x20
    for i in ins:
        if i.opname in DROP: continue
        if skip_pop and i.opname == 'POP_TOP':
            skip_pop = 0; continue
        skip_pop = 0
        n = REN.get(i.opname, i.opname)
        out.append(n)
    for c in co.co_consts:
        if isinstance(c, types.CodeType): walk(c, out)
out = []
f = sys.argv[1]
walk(compile(open(f).read(), f, 'exec'), out)
print('\n'.join(out))

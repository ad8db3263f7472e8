# Generates src/model/inflect/data.rs from the inflect package (MIT) installed in
# the oracle's venv: the word lists behind singular_noun/plural_noun.
import inflect as I, json

def rs(s):
    return json.dumps(s, ensure_ascii=False)

out = []
def words(name, items):
    items = sorted(set(items))
    out.append(f"pub const {name}: &[&str] = &[" + ", ".join(rs(x) for x in items) + "];")
def pairs(name, d):
    items = sorted(d.items())
    out.append(f"pub const {name}: &[(&str, &str)] = &[" + ", ".join(f"({rs(k)}, {rs(v)})" for k, v in items) + "];")
def bysize(name, d):
    allw = []
    for k, v in d.items():
        allw.extend(v)
    words(name, allw)

words("UNINFLECTED_COMPLETE", I.pl_sb_uninflected_complete)
words("UNINFLECTED_CAPS", I.pl_sb_uninflected_caps)
bysize("UNINFLECTED_SUFFIXES", I.pl_sb_uninflected_bysize)
words("C_US_US", I.pl_sb_C_us_us)
pairs("PL_IRREGULAR", I.pl_sb_irregular)
pairs("PL_IRREGULAR_CAPS", I.pl_sb_irregular_caps)
pairs("SI_IRREGULAR", I.si_sb_irregular)
pairs("SI_IRREGULAR_CAPS", I.si_sb_irregular_caps)
bysize("SI_MAN_MANS", I.si_sb_U_man_mans_bysize)
bysize("SI_MAN_MANS_CAPS", I.si_sb_U_man_mans_caps_bysize)
bysize("PL_MAN_MANS", I.pl_sb_U_man_mans_bysize)
bysize("PL_MAN_MANS_CAPS", I.pl_sb_U_man_mans_caps_bysize)
bysize("SI_LOUSE_LICE", I.si_sb_U_louse_lice_bysize)
bysize("PL_LOUSE_LICE", I.pl_sb_U_louse_lice_bysize)
for n in ["ch_chs", "ex_ices", "ix_ices", "um_a", "us_i", "on_a", "a_ae"]:
    bysize("SI_" + n.upper(), getattr(I, f"si_sb_U_{n}_bysize"))
    bysize("PL_" + n.upper(), getattr(I, f"pl_sb_U_{n}_bysize"))
for n in ["uses_use_case", "uses_use", "ies_ie_case", "ies_ie", "oes_oe_case", "oes_oe",
          "sses_sse_case", "sses_sse", "singular_s_complete", "z_zes", "zzes_zz",
          "ches_che_case", "ches_che", "xes_xe", "ves_ve_case", "ves_ve", "U_o_os_complete",
          "es_is", "ois_oi_case"]:
    words("SI_" + n.upper(), getattr(I, "si_sb_" + n))
bysize("SI_SINGULAR_S_SUFFIXES", I.si_sb_singular_s_bysize)
bysize("SI_O_OS_SUFFIXES", I.si_sb_U_o_os_bysize)
words("PL_SINGULAR_S_COMPLETE", I.pl_sb_singular_s_complete)
bysize("PL_SINGULAR_S_SUFFIXES", I.pl_sb_singular_s_bysize)
bysize("PL_Z_ZES_SUFFIXES", I.pl_sb_z_zes_bysize)
bysize("PL_ZE_ZES_SUFFIXES", I.pl_sb_ze_zes_bysize)
words("PL_O_OS_COMPLETE", I.pl_sb_U_o_os_complete)
bysize("PL_O_OS_SUFFIXES", I.pl_sb_U_o_os_bysize)
pairs("PL_PRON_NOM", I.pl_pron_nom)
pairs("PL_PRON_ACC", I.pl_pron_acc)
e = I.engine()
si_nom = {}
si_acc = {}
for case, target in (("nom", si_nom), ("acc", si_acc)):
    for k in I.si_pron[case]:
        try:
            target[k] = I.get_si_pron(case, k, e.thegender)
        except Exception:
            pass
pairs("SI_PRON_NOM", si_nom)
pairs("SI_PRON_ACC", si_acc)

header = """//! Word lists behind inflect's `singular_noun` and `plural_noun` (inflect 7.6.0,
//! MIT licence), extracted from the package by `extract_data.py` (run with the
//! oracle venv's python: `python extract_data.py > data.rs`); the rules that use
//! them are in the `inflect` module. Generated: do not edit by hand.
#![allow(clippy::all)]
"""
print(header + "\n".join(out))

from typing import Optional

from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, Computed, Double, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_pr = Table(
    'pr', Base.metadata,
    Column('s', SmallInteger),
    Column('b', BigInteger),
    Column('n', Numeric),
    Column('s2', SmallInteger),
    Column('c', CHAR(2)),
    Column('t', Text),
    Column('v', String(3)),
    Column('i', Integer),
    Column('d', Double(53)),
    CheckConstraint('b = ANY (ARRAY[0::bigint, 1::bigint])', name='pr_b_check'),
    CheckConstraint("c = ANY (ARRAY['a'::bpchar, 'b'::bpchar])", name='pr_c_check'),
    CheckConstraint('d = ANY (ARRAY[1::double precision, 2.5::double precision])', name='pr_d_check'),
    CheckConstraint('i <> ALL (ARRAY[1, 2])', name='pr_i_check'),
    CheckConstraint('n = ANY (ARRAY[0::numeric, 1::numeric])', name='pr_n_check'),
    CheckConstraint('s = ANY (ARRAY[0, 1])', name='pr_s_check'),
    CheckConstraint('s2 = ANY (ARRAY[0, 100000])', name='pr_s2_check'),
    CheckConstraint("t = ANY (ARRAY['a'::text, 'b'::text])", name='pr_t_check'),
    CheckConstraint("v::text = ANY (ARRAY['a'::text, 'b'::text])", name='pr_v_check')
)


t_pr2 = Table(
    'pr2', Base.metadata,
    Column('b', BigInteger, server_default=text('(0)::bigint')),
    Column('n', Numeric, server_default=text('(5)::numeric')),
    Column('d', Double(53)),
    Column('b2', BigInteger),
    Column('b3', BigInteger),
    Column('t', Text),
    CheckConstraint('b > 0::bigint', name='pr2_b_check'),
    CheckConstraint("b2 > '-1'::integer", name='pr2_b2_check'),
    CheckConstraint("b3 = ANY (ARRAY['-1'::integer::bigint, 2::bigint])", name='pr2_b3_check'),
    CheckConstraint('d > 1.5::double precision', name='pr2_d_check'),
    CheckConstraint('n > 5::numeric', name='pr2_n_check'),
    CheckConstraint("t <> ''::text", name='pr2_t_check')
)


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        CheckConstraint("b::text ~~ 'x%%'::text", name='t_b_check'),
        PrimaryKeyConstraint('id', name='t_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    b: Mapped[Optional[str]] = mapped_column(String(10))
    c: Mapped[Optional[int]] = mapped_column(Integer, Computed('(id % 3)', persisted=True))
    d: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'a%b'::text"))

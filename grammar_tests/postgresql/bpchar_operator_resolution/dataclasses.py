from typing import Optional

from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Double, Index, Integer, PrimaryKeyConstraint, String, Table, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Code(Base):
    __tablename__ = 'code'
    __table_args__ = (
        CheckConstraint("a ~ '^[a-z]'::text", name='code_a_check'),
        CheckConstraint("a ~~ 'a%%'::text", name='code_a_check1'),
        CheckConstraint('active IS TRUE OR active IS NOT FALSE', name='code_active_check'),
        CheckConstraint('c = c::character varying::bpchar', name='code_c_check'),
        CheckConstraint('d::bpchar = c', name='code_check'),
        CheckConstraint("e = ANY (ARRAY['x'::bpchar, 'y'::bpchar])", name='code_e_check'),
        CheckConstraint("f::text <> 'z'::text", name='code_f_check'),
        CheckConstraint("g >= 'a'::bpchar AND g < 'n'::bpchar", name='code_g_check'),
        CheckConstraint('n = ANY (ARRAY[1, NULL::integer])', name='code_n_check2'),
        CheckConstraint('n IS NOT NULL', name='code_n_check'),
        CheckConstraint('n IS NULL', name='code_n_check1'),
        PrimaryKeyConstraint('id', name='code_pkey'),
        Index('code_a_idx', 'id', postgresql_where="(a = 'X'::bpchar)"),
        Index('code_active_idx', 'id', postgresql_where='(active IS TRUE)'),
        Index('code_active_score_idx', 'id', postgresql_where='((active IS NOT FALSE) AND (score > (1)::double precision))'),
        Index('code_n_idx', 'id', postgresql_where='(n IS NOT NULL)')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(CHAR(3))
    b: Mapped[Optional[str]] = mapped_column(CHAR(3))
    c: Mapped[Optional[str]] = mapped_column(CHAR(3))
    d: Mapped[Optional[str]] = mapped_column(String(3))
    e: Mapped[Optional[str]] = mapped_column(CHAR(3))
    f: Mapped[Optional[str]] = mapped_column(CHAR(3))
    g: Mapped[Optional[str]] = mapped_column(CHAR(3))
    n: Mapped[Optional[int]] = mapped_column(Integer)
    active: Mapped[Optional[bool]] = mapped_column(Boolean)
    score: Mapped[Optional[float]] = mapped_column(Double(53))


t_singleton = Table(
    'singleton', Base.metadata,
    Column('lock', CHAR(1), nullable=False, server_default=text("'X'::bpchar")),
    Column('position', BigInteger),
    CheckConstraint("lock = 'X'::bpchar", name='singleton_lock_check'),
    UniqueConstraint('lock', name='singleton_lock_key')
)

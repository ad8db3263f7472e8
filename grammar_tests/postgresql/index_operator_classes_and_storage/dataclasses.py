from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
        UniqueConstraint('code', name='a_code_key'),
        Index('a_code_pat', 'code', postgresql_ops={'code': 'text_pattern_ops'}),
        Index('a_lower_pat', 'v', postgresql_ops={'lower(code)': 'text_pattern_ops'}),
        Index('a_nnd', 'v', 'w', postgresql_nulls_not_distinct=True, unique=True),
        Index('a_v_w_code_idx', 'v', postgresql_include=['w', 'code']),
        Index('a_w_idx2', 'w', postgresql_with={'fillfactor': '70', 'deduplicate_items': 'off'})
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[Optional[str]] = mapped_column(Text)
    v: Mapped[Optional[int]] = mapped_column(Integer)
    w: Mapped[Optional[int]] = mapped_column(Integer)

    b_a: Mapped[list['B']] = relationship('B', foreign_keys='[B.a_id]', back_populates='a')
    b_c: Mapped[list['B']] = relationship('B', foreign_keys='[B.c]', back_populates='a_')


class J(Base):
    __tablename__ = 'j'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='j_pkey'),
        Index('j_doc', 'doc', postgresql_ops={'doc': 'jsonb_path_ops'}, postgresql_using='gin')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc: Mapped[Optional[object]] = mapped_column(JSONB)


class B(Base):
    __tablename__ = 'b'
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], deferrable=True, initially='DEFERRED', match='FULL', name='b_a_id_fkey'),
        ForeignKeyConstraint(['c'], ['a.code'], ondelete='SET NULL', deferrable=True, name='b_c_fkey'),
        PrimaryKeyConstraint('id', name='b_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_id: Mapped[Optional[int]] = mapped_column(Integer)
    c: Mapped[Optional[str]] = mapped_column(Text)

    a: Mapped[Optional['A']] = relationship('A', foreign_keys=[a_id], back_populates='b_a')
    a_: Mapped[Optional['A']] = relationship('A', foreign_keys=[c], back_populates='b_c')

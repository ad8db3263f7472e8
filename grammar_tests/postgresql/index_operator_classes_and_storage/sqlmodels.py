from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, Relationship, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
        UniqueConstraint('code', name='a_code_key'),
        Index('a_code_pat', 'code', postgresql_ops={'code': 'text_pattern_ops'}),
        Index('a_lower_pat', 'v', postgresql_ops={'lower(code)': 'text_pattern_ops'}),
        Index('a_nnd', 'v', 'w', postgresql_nulls_not_distinct=True, unique=True),
        Index('a_v_w_code_idx', 'v', postgresql_include=['w', 'code']),
        Index('a_w_idx2', 'w', postgresql_with={'fillfactor': '70', 'deduplicate_items': 'off'})
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    code: Optional[str] = Field(default=None, sa_column=Column('code', Text))
    v: Optional[int] = Field(default=None, sa_column=Column('v', Integer))
    w: Optional[int] = Field(default=None, sa_column=Column('w', Integer))

    b_a: list['B'] = Relationship(back_populates='a', sa_relationship_kwargs={'foreign_keys': '[B.a_id]'})
    b_c: list['B'] = Relationship(back_populates='a_', sa_relationship_kwargs={'foreign_keys': '[B.c]'})


class J(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='j_pkey'),
        Index('j_doc', 'doc', postgresql_ops={'doc': 'jsonb_path_ops'}, postgresql_using='gin')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    doc: Optional[object] = Field(default=None, sa_column=Column('doc', JSONB))


class B(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], deferrable=True, initially='DEFERRED', match='FULL', name='b_a_id_fkey'),
        ForeignKeyConstraint(['c'], ['a.code'], ondelete='SET NULL', deferrable=True, name='b_c_fkey'),
        PrimaryKeyConstraint('id', name='b_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a_id: Optional[int] = Field(default=None, sa_column=Column('a_id', Integer))
    c: Optional[str] = Field(default=None, sa_column=Column('c', Text))

    a: Optional['A'] = Relationship(back_populates='b_a', sa_relationship_kwargs={'foreign_keys': '[B.a_id]'})
    a_: Optional['A'] = Relationship(back_populates='b_c', sa_relationship_kwargs={'foreign_keys': '[B.c]'})

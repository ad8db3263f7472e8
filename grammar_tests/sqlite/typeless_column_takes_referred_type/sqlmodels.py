from typing import Optional
import decimal
import enum

from sqlalchemy import Boolean, CheckConstraint, Column, Enum, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, Relationship, SQLModel

class KindsLabel(str, enum.Enum):
    A = 'a'
    B = 'b'


class Kinds(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("label IN ('a', 'b')"),
    )

    flag: bool = Field(sa_column=Column('flag', Boolean, nullable=False))
    code: Optional[str] = Field(default=None, sa_column=Column('code', Text, primary_key=True))
    label: Optional[KindsLabel] = Field(default=None, sa_column=Column('label', Enum(KindsLabel, values_callable=lambda cls: [member.value for member in cls])))

    middle_flag: list['Middle'] = Relationship(back_populates='kinds', sa_relationship_kwargs={'foreign_keys': '[Middle.flag]'})
    middle_kind: list['Middle'] = Relationship(back_populates='kinds_', sa_relationship_kwargs={'foreign_keys': '[Middle.kind]'})
    middle_label: list['Middle'] = Relationship(back_populates='kinds1', sa_relationship_kwargs={'foreign_keys': '[Middle.label]'})


class Nums(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', Numeric(8, 2)))

    leaf: list['Leaf'] = Relationship(back_populates='nums')


class Middle(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    kind: Optional[str] = Field(default=None, sa_column=Column('kind', ForeignKey('kinds.code')))
    flag: Optional[int] = Field(default=None, sa_column=Column('flag', ForeignKey('kinds.flag')))
    label: Optional[str] = Field(default=None, sa_column=Column('label', ForeignKey('kinds.label')))

    kinds: Optional['Kinds'] = Relationship(back_populates='middle_flag', sa_relationship_kwargs={'foreign_keys': '[Middle.flag]'})
    kinds_: Optional['Kinds'] = Relationship(back_populates='middle_kind', sa_relationship_kwargs={'foreign_keys': '[Middle.kind]'})
    kinds1: Optional['Kinds'] = Relationship(back_populates='middle_label', sa_relationship_kwargs={'foreign_keys': '[Middle.label]'})
    leaf: list['Leaf'] = Relationship(back_populates='middle')


class Leaf(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    middle_kind: Optional[str] = Field(default=None, sa_column=Column('middle_kind', ForeignKey('middle.kind')))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', ForeignKey('nums.amount')))

    nums: Optional['Nums'] = Relationship(back_populates='leaf')
    middle: Optional['Middle'] = Relationship(back_populates='leaf')
    lonely: list['Lonely'] = Relationship(back_populates='leaf')


class Lonely(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    ghost: Optional[str] = Field(default=None, sa_column=Column('ghost', ForeignKey('leaf.middle_kind')))
    orphan: Optional[object] = Field(default=None, sa_column=Column('orphan', NullType))

    leaf: Optional['Leaf'] = Relationship(back_populates='lonely')

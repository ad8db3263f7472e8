import enum

from sqlalchemy import Boolean, CheckConstraint, Column, Enum, ForeignKey, Integer, MetaData, Numeric, String, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


class KindsLabel(str, enum.Enum):
    A = 'a'
    B = 'b'


t_kinds = Table(
    'kinds', metadata,
    Column('code', Text, primary_key=True),
    Column('flag', Boolean, nullable=False),
    Column('label', Enum(KindsLabel, values_callable=lambda cls: [member.value for member in cls])),
    CheckConstraint("label IN ('a', 'b')")
)

t_nums = Table(
    'nums', metadata,
    Column('id', Integer, primary_key=True),
    Column('amount', Numeric(8, 2))
)

t_middle = Table(
    'middle', metadata,
    Column('id', Integer, primary_key=True),
    Column('kind', ForeignKey('kinds.code')),
    Column('flag', ForeignKey('kinds.flag')),
    Column('label', ForeignKey('kinds.label'))
)

t_leaf = Table(
    'leaf', metadata,
    Column('id', Integer, primary_key=True),
    Column('middle_kind', ForeignKey('middle.kind')),
    Column('amount', ForeignKey('nums.amount'))
)

t_lonely = Table(
    'lonely', metadata,
    Column('id', Integer, primary_key=True),
    Column('ghost', ForeignKey('leaf.middle_kind')),
    Column('orphan', NullType)
)

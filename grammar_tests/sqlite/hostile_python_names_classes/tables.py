import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


class ColumnKind(str, enum.Enum):
    _١ = '١'
    _１ = '１'
    _1 = '1'
    A_B = 'a b'
    A_B = 'a_b'
    _A_ = '-a-'
    __X__ = '__x__'


t_base = Table(
    'base', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text)
)

t_column = Table(
    'column', metadata,
    Column('id', Integer, primary_key=True),
    Column('kind', Enum(ColumnKind, values_callable=lambda cls: [member.value for member in cls])),
    CheckConstraint("kind IN ('١', '１', '1', 'a b', 'a_b', '-a-', '__x__')")
)

t_loose = Table(
    'loose', metadata,
    Column('a', Integer),
    Column('b', Text)
)

t_ｆｉｌｅ = Table(
    'ｆｉｌｅ', metadata,
    Column('id', Integer, primary_key=True),
    Column('note', Text)
)

t_file = Table(
    'file', metadata,
    Column('id', Integer, primary_key=True),
    Column('ｆｉｌｅ_id', ForeignKey('ｆｉｌｅ.id'))
)

t_optional = Table(
    'optional', metadata,
    Column('id', Integer, primary_key=True),
    Column('base_id', ForeignKey('base.id')),
    Column('note', Text)
)

t_pizza = Table(
    'pizza', metadata,
    Column('id', Integer, primary_key=True),
    Column('🍕🍕_id', ForeignKey('base.id')),
    Column('🍕_id', ForeignKey('optional.id'))
)

import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Integer, MetaData, String, Table, Text, text

metadata = MetaData()


class Tab'leDef(str, enum.Enum):
    A = 'a'
    B = 'b'
    C_D = 'c"d'
    CLASS = 'class'


t_tab_le = Table(
    "tab'le", metadata,
    Column('id', Integer, primary_key=True),
    Column('col"quote', Text, server_default=text('\'it\'\'s "x" \\ y\'')),
    Column('def', Enum(Tab'leDef, values_callable=lambda cls: [member.value for member in cls])),
    Column('from', String(10)),
    Column('ñame', Text),
    Column('True', Integer),
    Column('metadata', Text),
    CheckConstraint('"def" IN (\'a\'\'b\', \'c"d\', \'class\')')
)

t_2nd = Table(
    '2nd', metadata,
    Column("tab'le_id", ForeignKey("tab'le.id")),
    Column('Class', Integer, primary_key=True)
)

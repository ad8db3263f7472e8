import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


class Tab'leDef(str, enum.Enum):
    A_B = "a'b"
    C_D = 'c"d'
    E_F = 'e\\f'
    EMPTY = ''
    WITH_SPACE = 'with space'
    ÜNÏ = 'ünï'
    _1X = '1x'
    NONE = 'None'
    CLASS = 'class'


t_tab_le = Table(
    "tab'le", metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('col"quote', String(50), server_default=text('\'it\'\'s "x" \\\\ y\''), comment="new\nline and 'quote'"),
    Column('def', Enum(Tab'leDef, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'class'")),
    Column('from', String(10)),
    Column('ñame', Text),
    Column('True', INTEGER(11)),
    Column('metadata', Text),
    comment='triple """ quotes \'\'\' and \\ backslash'
)

t_2nd = Table(
    '2nd', metadata,
    Column("tab'le_id", INTEGER(11)),
    Column('Class', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(["tab'le_id"], ["tab'le.id"], name='2nd_ibfk_1'),
    Index("tab'le_id", "tab'le_id")
)

import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Sequence, String, Table, Text, text

metadata = MetaData()


class Weird enum(str, enum.Enum):
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
    Column('id', Integer, Sequence("tab''le_id_seq"), primary_key=True, autoincrement=True),
    Column('col"quote', Text, server_default=text('\'it\'\'s "x" \\ y\'::text'), comment='new\nline'),
    Column('def', Enum(Weird enum, values_callable=lambda cls: [member.value for member in cls], name='weird enum'), server_default=text('\'class\'::"weird enum"')),
    Column('from', String(10)),
    Column('ñame', Text, server_default=text("'tab\there'::text")),
    Column('True', Integer),
    Column('metadata', Text),
    Column('registry', Integer),
    CheckConstraint('"from"::text = ANY (ARRAY[\'\'\'\'::character varying, \'"\'::character varying, \'\\\'::character varying]::text[])', name="tab'le_from_check"),
    PrimaryKeyConstraint('id', name="tab'le_pkey"),
    comment='triple """ quotes \'\'\' and \\ backslash'
)

t_2nd = Table(
    '2nd', metadata,
    Column("tab'le_id", Integer),
    Column('Class', Integer, primary_key=True),
    ForeignKeyConstraint(["tab'le_id"], ["tab'le.id"], name="2nd_tab'le_id_fkey"),
    PrimaryKeyConstraint('Class', name='2nd_pkey')
)

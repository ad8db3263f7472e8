from sqlalchemy import Column, Date, DateTime, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, MEDIUMTEXT, SMALLINT, TINYINT

metadata = MetaData()


t_cte_union = Table(
    'cte_union', metadata,
    Column('label', String(80)),
    Column('seen', DateTime)
)

t_derived_union = Table(
    'derived_union', metadata,
    Column('id', BIGINT(20), server_default=text("'0'")),
    Column('label', String(80))
)

t_kinds = Table(
    'kinds', metadata,
    Column('kind', INTEGER(6), server_default=text("'0'"))
)

t_person = Table(
    'person', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(30), nullable=False),
    Column('info', Text),
    Column('seen', DateTime, nullable=False),
    Column('kind', TINYINT(4), nullable=False)
)

t_principal = Table(
    'principal', metadata,
    Column('id', BIGINT(20), server_default=text("'0'")),
    Column('name', String(80)),
    Column('info', MEDIUMTEXT),
    Column('seen', DateTime),
    Column('kind', INTEGER(1), server_default=text("'0'"))
)

t_snapshot = Table(
    'snapshot', metadata,
    Column('id', BIGINT(20), nullable=False, server_default=text('0')),
    Column('name', String(80), nullable=False, server_default=text("''")),
    Column('info', MEDIUMTEXT),
    Column('kind', SMALLINT(6), nullable=False, server_default=text('0'))
)

t_team = Table(
    'team', metadata,
    Column('id', BIGINT(20), primary_key=True),
    Column('title', String(80), nullable=False),
    Column('info', Text),
    Column('seen', Date, nullable=False),
    Column('kind', SMALLINT(6), nullable=False)
)

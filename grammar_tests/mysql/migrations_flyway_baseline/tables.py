from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_organisation_sizes = Table(
    'organisation_sizes', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(80)),
    Column('user_count', BIGINT(21), server_default=text("'0'"))
)

t_organisations = Table(
    'organisations', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(80), nullable=False)
)

t_users = Table(
    'users', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('organisation_id', INTEGER(11), nullable=False),
    Column('email', String(190), nullable=False),
    Column('display_name', String(120)),
    ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name='users_ibfk_1'),
    Index('users_tenant_email_uq', 'organisation_id', 'email', unique=True)
)

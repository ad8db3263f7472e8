from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Index, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER, SMALLINT

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('email', String(128), nullable=False),
    Column('note', Text),
    Column('email_was_required', INTEGER(11)),
    Column('id_is_int10_unsigned', INTEGER(11)),
    Column('email_is_uni', INTEGER(11)),
    Column('id_auto', INTEGER(11)),
    Column('note_prefix_20', INTEGER(11)),
    Column('innodb_people', INTEGER(11)),
    Index('email_key', 'email', unique=True),
    Index('note_prefix', 'note', mysql_length={'note': 20}),
    comment='people'
)

t_login = Table(
    'login', metadata,
    Column('account_id', INTEGER(10, unsigned=True), nullable=False),
    Column('code', CHAR(6), nullable=False),
    Column('at_hour', SMALLINT(6)),
    Column('code_taken_as_primary', INTEGER(11)),
    Column('at_hour_default_null', INTEGER(11)),
    Column('one_fk_column', INTEGER(11)),
    Column('cascades', INTEGER(11)),
    ForeignKeyConstraint(['account_id'], ['account.id'], ondelete='CASCADE', name='login_account'),
    Index('at_hour_idx', 'at_hour'),
    Index('code_key', 'code', 'account_id', unique=True),
    Index('login_account', 'account_id')
)

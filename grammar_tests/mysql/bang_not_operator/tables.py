from sqlalchemy import CheckConstraint, Column, Computed, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_post = Table(
    'post', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('flag', TINYINT(1)),
    Column('qty', INTEGER(11)),
    Column('code', String(9)),
    Column('not_flag', TINYINT(4), Computed('(`flag` = 0)', persisted=False)),
    Column('not_sum', TINYINT(4), Computed('(!(`qty` + 1))', persisted=False)),
    CheckConstraint('!(`flag` is true) or !(`qty` <=> 0)', name='c_or'),
    CheckConstraint("`code`  not like 'a%%'", name='c_like'),
    CheckConstraint('`code` is not null', name='c_null'),
    CheckConstraint('`qty` <> 0', name='c_twice'),
    CheckConstraint('`qty` not in (1,2)', name='c_in')
)

t_post_flags = Table(
    'post_flags', metadata,
    Column('id', INTEGER(11)),
    Column('untagged', INTEGER(1), server_default=text("'0'")),
    Column('unlisted', INTEGER(1)),
    Column('unflagged', INTEGER(1)),
    Column('small', INTEGER(1))
)

t_tag = Table(
    'tag', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('post_id', INTEGER(11))
)

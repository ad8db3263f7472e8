from sqlalchemy import Column, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_post = Table(
    'post', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('title', String(50))
)

t_post_flags = Table(
    'post_flags', metadata,
    Column('id', INTEGER(11)),
    Column('tagged', INTEGER(1), server_default=text("'0'")),
    Column('untagged_anywhere', INTEGER(1), server_default=text("'0'")),
    Column('listed', INTEGER(1)),
    Column('unlisted', INTEGER(1))
)

t_tag = Table(
    'tag', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('post_id', INTEGER(11))
)

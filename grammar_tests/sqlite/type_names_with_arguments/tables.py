from sqlalchemy import Column, DECIMAL, DateTime, Double, Integer, MetaData, Numeric, Table, Text, text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_posts = Table(
    'posts', metadata,
    Column('post_id', Integer, primary_key=True),
    Column('poster_id', Integer, nullable=False, server_default=text("'0'")),
    Column('flags', Integer, nullable=False, server_default=text("'0'")),
    Column('subject', Text(65535), nullable=False, server_default=text("''")),
    Column('body', Text(16777215), nullable=False, server_default=text("''")),
    Column('raw', NullType),
    Column('price', DECIMAL(10, 2)),
    Column('score', Double(8, 3), server_default=text('0')),
    Column('big', Integer),
    Column('created', DateTime(6)),
    Column('tag', Numeric(3, 1)),
    Column('extra', Integer, server_default=text('1'))
)

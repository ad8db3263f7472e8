from sqlalchemy import BigInteger, Column, Date, DateTime, ForeignKeyConstraint, Integer, MetaData, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text, text

metadata = MetaData()


t_numbers = Table(
    'numbers', metadata,
    Column('n', Numeric)
)

t_person = Table(
    'person', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', String(40), nullable=False),
    Column('born', Date),
    Column('score', Numeric(6, 2)),
    PrimaryKeyConstraint('id', name='person_pkey')
)

t_post_feed = Table(
    'post_feed', metadata,
    Column('id', Integer),
    Column('author_id', Integer),
    Column('title', Text),
    Column('votes', SmallInteger),
    Column('created', DateTime(True)),
    Column('author_name', String(40)),
    Column('author_posts', BigInteger),
    Column('votes_or_zero', Integer),
    Column('born', Date),
    Column('viewer_id', Integer),
    Column('marker', Text)
)

t_recent = Table(
    'recent', metadata,
    Column('id', Integer),
    Column('n', BigInteger)
)

t_tree = Table(
    'tree', metadata,
    Column('id', Integer),
    Column('depth', Integer)
)

t_post = Table(
    'post', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('author_id', Integer),
    Column('title', Text, nullable=False),
    Column('votes', SmallInteger),
    Column('created', DateTime(True), server_default=text('now()')),
    ForeignKeyConstraint(['author_id'], ['person.id'], name='post_author_id_fkey'),
    PrimaryKeyConstraint('id', name='post_pkey')
)

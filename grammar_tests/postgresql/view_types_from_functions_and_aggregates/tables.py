from sqlalchemy import Column, Date, DateTime, Double, ForeignKeyConstraint, Integer, JSON, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

metadata = MetaData()


t_all_ids = Table(
    'all_ids', metadata,
    Column('id', Integer)
)

t_person = Table(
    'person', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', String(40), nullable=False),
    Column('born', Date),
    Column('score', Numeric(6, 2)),
    Column('tags', ARRAY(Text())),
    PrimaryKeyConstraint('id', name='person_pkey')
)

t_person_summary = Table(
    'person_summary', metadata,
    Column('id', Integer),
    Column('titles', Text),
    Column('bodies', Text),
    Column('posts', Numeric),
    Column('rank', Double(53)),
    Column('rank_at', Double(53)),
    Column('by_id', JSONB),
    Column('by_id_json', JSON),
    Column('tag_list', Text),
    Column('joined', Text)
)

t_post = Table(
    'post', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('author_id', Integer),
    Column('title', Text, nullable=False),
    Column('body', Text),
    Column('created', DateTime(True), server_default=text('now()')),
    ForeignKeyConstraint(['author_id'], ['person.id'], name='post_author_id_fkey'),
    PrimaryKeyConstraint('id', name='post_pkey')
)

from sqlalchemy import Column, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text),
    Column('tags', ARRAY(Text())),
    PrimaryKeyConstraint('id', name='posts_pkey'),
    Index('posts_by_title', 'title', postgresql_with={'deduplicate_items': 'off', 'fillfactor': '80'}),
    Index('posts_tags_idx', 'tags', postgresql_using='gin'),
    Index('posts_upper_idx', postgresql_with={'fillfactor': '70'})
)

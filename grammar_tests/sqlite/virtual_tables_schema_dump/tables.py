from sqlalchemy import Column, Integer, LargeBinary, MetaData, REAL, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_post_search = Table(
    'post_search', metadata,
    Column('title', NullType),
    Column('body', NullType)
)

t_post_search_content = Table(
    'post_search_content', metadata,
    Column('docid', Integer, primary_key=True),
    Column('c0title', NullType),
    Column('c1body', NullType)
)

t_post_search_docsize = Table(
    'post_search_docsize', metadata,
    Column('docid', Integer, primary_key=True),
    Column('size', LargeBinary)
)

t_post_search_segdir = Table(
    'post_search_segdir', metadata,
    Column('level', Integer, primary_key=True, nullable=True),
    Column('idx', Integer, primary_key=True, nullable=True),
    Column('start_block', Integer),
    Column('leaves_end_block', Integer),
    Column('end_block', Integer),
    Column('root', LargeBinary)
)

t_post_search_segments = Table(
    'post_search_segments', metadata,
    Column('blockid', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_post_search_stat = Table(
    'post_search_stat', metadata,
    Column('id', Integer, primary_key=True),
    Column('value', LargeBinary)
)

t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text, nullable=False),
    Column('body', Text)
)

t_spots = Table(
    'spots', metadata,
    Column('id', Integer),
    Column('x0', REAL),
    Column('x1', REAL),
    Column('label', NullType)
)

t_spots_node = Table(
    'spots_node', metadata,
    Column('nodeno', Integer, primary_key=True),
    Column('data', NullType)
)

t_spots_parent = Table(
    'spots_parent', metadata,
    Column('nodeno', Integer, primary_key=True),
    Column('parentnode', NullType)
)

t_spots_rowid = Table(
    'spots_rowid', metadata,
    Column('rowid', Integer, primary_key=True),
    Column('nodeno', NullType),
    Column('a0', NullType)
)

t_tag_search = Table(
    'tag_search', metadata,
    Column('tag', NullType),
    Column('note', NullType)
)

t_tag_search_config = Table(
    'tag_search_config', metadata,
    Column('k', NullType, primary_key=True),
    Column('v', NullType)
)

t_tag_search_data = Table(
    'tag_search_data', metadata,
    Column('id', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_tag_search_docsize = Table(
    'tag_search_docsize', metadata,
    Column('id', Integer, primary_key=True),
    Column('sz', LargeBinary)
)

t_tag_search_idx = Table(
    'tag_search_idx', metadata,
    Column('segid', NullType, primary_key=True),
    Column('term', NullType, primary_key=True),
    Column('pgno', NullType)
)

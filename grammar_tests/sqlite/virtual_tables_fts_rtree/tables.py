from sqlalchemy import Column, Integer, LargeBinary, MetaData, REAL, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_article_index = Table(
    'article_index', metadata,
    Column('id', NullType),
    Column('title', NullType),
    Column('body', NullType)
)

t_article_index_segdir = Table(
    'article_index_segdir', metadata,
    Column('level', Integer, primary_key=True, nullable=True),
    Column('idx', Integer, primary_key=True, nullable=True),
    Column('start_block', Integer),
    Column('leaves_end_block', Integer),
    Column('end_block', Integer),
    Column('root', LargeBinary)
)

t_article_index_segments = Table(
    'article_index_segments', metadata,
    Column('blockid', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_article_index_stat = Table(
    'article_index_stat', metadata,
    Column('id', Integer, primary_key=True),
    Column('value', LargeBinary)
)

t_article_search = Table(
    'article_search', metadata,
    Column('title', NullType),
    Column('body text', NullType),
    Column('tags', NullType)
)

t_article_search_content = Table(
    'article_search_content', metadata,
    Column('docid', Integer, primary_key=True),
    Column('c0title', NullType),
    Column('c1body text', NullType),
    Column('c2tags', NullType),
    Column('langid', NullType)
)

t_article_search_docsize = Table(
    'article_search_docsize', metadata,
    Column('docid', Integer, primary_key=True),
    Column('size', LargeBinary)
)

t_article_search_segdir = Table(
    'article_search_segdir', metadata,
    Column('level', Integer, primary_key=True, nullable=True),
    Column('idx', Integer, primary_key=True, nullable=True),
    Column('start_block', Integer),
    Column('leaves_end_block', Integer),
    Column('end_block', Integer),
    Column('root', LargeBinary)
)

t_article_search_segments = Table(
    'article_search_segments', metadata,
    Column('blockid', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_article_search_stat = Table(
    'article_search_stat', metadata,
    Column('id', Integer, primary_key=True),
    Column('value', LargeBinary)
)

t_articles = Table(
    'articles', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text, nullable=False),
    Column('body', Text),
    Column('lang', Integer)
)

t_bare_fts = Table(
    'bare_fts', metadata,
    Column('x', NullType)
)

t_bare_fts_config = Table(
    'bare_fts_config', metadata,
    Column('k', NullType, primary_key=True),
    Column('v', NullType)
)

t_bare_fts_data = Table(
    'bare_fts_data', metadata,
    Column('id', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_bare_fts_docsize = Table(
    'bare_fts_docsize', metadata,
    Column('id', Integer, primary_key=True),
    Column('sz', LargeBinary)
)

t_bare_fts_idx = Table(
    'bare_fts_idx', metadata,
    Column('segid', NullType, primary_key=True),
    Column('term', NullType, primary_key=True),
    Column('pgno', NullType)
)

t_boxes = Table(
    'boxes', metadata,
    Column('box_id', Integer),
    Column('lo x', Integer),
    Column('hi_x', Integer),
    Column('label', NullType),
    Column('owner', NullType)
)

t_boxes_node = Table(
    'boxes_node', metadata,
    Column('nodeno', Integer, primary_key=True),
    Column('data', NullType)
)

t_boxes_parent = Table(
    'boxes_parent', metadata,
    Column('nodeno', Integer, primary_key=True),
    Column('parentnode', NullType)
)

t_boxes_rowid = Table(
    'boxes_rowid', metadata,
    Column('rowid', Integer, primary_key=True),
    Column('nodeno', NullType),
    Column('a0', NullType),
    Column('a1', NullType)
)

t_doc_fts = Table(
    'doc_fts', metadata,
    Column('title', NullType),
    Column('body', NullType),
    Column("it's", NullType)
)

t_doc_fts_config = Table(
    'doc_fts_config', metadata,
    Column('k', NullType, primary_key=True),
    Column('v', NullType)
)

t_doc_fts_content = Table(
    'doc_fts_content', metadata,
    Column('id', Integer, primary_key=True),
    Column('c0', NullType),
    Column('c1', NullType),
    Column('c2', NullType)
)

t_doc_fts_data = Table(
    'doc_fts_data', metadata,
    Column('id', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_doc_fts_docsize = Table(
    'doc_fts_docsize', metadata,
    Column('id', Integer, primary_key=True),
    Column('sz', LargeBinary)
)

t_doc_fts_idx = Table(
    'doc_fts_idx', metadata,
    Column('segid', NullType, primary_key=True),
    Column('term', NullType, primary_key=True),
    Column('pgno', NullType)
)

t_ext_fts = Table(
    'ext_fts', metadata,
    Column('title', NullType)
)

t_ext_fts_config = Table(
    'ext_fts_config', metadata,
    Column('k', NullType, primary_key=True),
    Column('v', NullType)
)

t_ext_fts_data = Table(
    'ext_fts_data', metadata,
    Column('id', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_ext_fts_idx = Table(
    'ext_fts_idx', metadata,
    Column('segid', NullType, primary_key=True),
    Column('term', NullType, primary_key=True),
    Column('pgno', NullType)
)

t_notes_fts = Table(
    'notes_fts', metadata,
    Column('note', NullType)
)

t_notes_fts_docsize = Table(
    'notes_fts_docsize', metadata,
    Column('docid', Integer, primary_key=True),
    Column('size', LargeBinary)
)

t_notes_fts_segdir = Table(
    'notes_fts_segdir', metadata,
    Column('level', Integer, primary_key=True, nullable=True),
    Column('idx', Integer, primary_key=True, nullable=True),
    Column('start_block', Integer),
    Column('leaves_end_block', Integer),
    Column('end_block', Integer),
    Column('root', LargeBinary)
)

t_notes_fts_segments = Table(
    'notes_fts_segments', metadata,
    Column('blockid', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_notes_fts_stat = Table(
    'notes_fts_stat', metadata,
    Column('id', Integer, primary_key=True),
    Column('value', LargeBinary)
)

t_old_search = Table(
    'old_search', metadata,
    Column('subject', NullType)
)

t_old_search_content = Table(
    'old_search_content', metadata,
    Column('docid', Integer, primary_key=True),
    Column('c0subject', NullType)
)

t_old_search_segdir = Table(
    'old_search_segdir', metadata,
    Column('level', Integer, primary_key=True, nullable=True),
    Column('idx', Integer, primary_key=True, nullable=True),
    Column('start_block', Integer),
    Column('leaves_end_block', Integer),
    Column('end_block', Integer),
    Column('root', LargeBinary)
)

t_old_search_segments = Table(
    'old_search_segments', metadata,
    Column('blockid', Integer, primary_key=True),
    Column('block', LargeBinary)
)

t_places = Table(
    'places', metadata,
    Column('id', Integer),
    Column('min_x', REAL),
    Column('max_x', REAL),
    Column('min_y', REAL),
    Column('max_y', REAL)
)

t_places_node = Table(
    'places_node', metadata,
    Column('nodeno', Integer, primary_key=True),
    Column('data', NullType)
)

t_places_parent = Table(
    'places_parent', metadata,
    Column('nodeno', Integer, primary_key=True),
    Column('parentnode', NullType)
)

t_places_rowid = Table(
    'places_rowid', metadata,
    Column('rowid', Integer, primary_key=True),
    Column('nodeno', NullType)
)

t_plain_fts3 = Table(
    'plain_fts3', metadata,
    Column('content', NullType)
)

t_plain_fts3_content = Table(
    'plain_fts3_content', metadata,
    Column('docid', Integer, primary_key=True),
    Column('c0content', NullType)
)

t_plain_fts3_segdir = Table(
    'plain_fts3_segdir', metadata,
    Column('level', Integer, primary_key=True, nullable=True),
    Column('idx', Integer, primary_key=True, nullable=True),
    Column('start_block', Integer),
    Column('leaves_end_block', Integer),
    Column('end_block', Integer),
    Column('root', LargeBinary)
)

t_plain_fts3_segments = Table(
    'plain_fts3_segments', metadata,
    Column('blockid', Integer, primary_key=True),
    Column('block', LargeBinary)
)

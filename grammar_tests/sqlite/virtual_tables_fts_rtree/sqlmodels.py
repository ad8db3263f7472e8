from typing import Optional

from sqlalchemy import Column, Integer, LargeBinary, REAL, Table, Text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

t_article_index = Table(
    'article_index', SQLModel.metadata,
    Column('id', NullType),
    Column('title', NullType),
    Column('body', NullType)
)


class ArticleIndexSegdir(SQLModel, table=True):
    __tablename__ = 'article_index_segdir'

    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer, primary_key=True, nullable=True))
    idx: Optional[int] = Field(default=None, sa_column=Column('idx', Integer, primary_key=True, nullable=True))
    start_block: Optional[int] = Field(default=None, sa_column=Column('start_block', Integer))
    leaves_end_block: Optional[int] = Field(default=None, sa_column=Column('leaves_end_block', Integer))
    end_block: Optional[int] = Field(default=None, sa_column=Column('end_block', Integer))
    root: Optional[bytes] = Field(default=None, sa_column=Column('root', LargeBinary))


class ArticleIndexSegments(SQLModel, table=True):
    __tablename__ = 'article_index_segments'

    blockid: Optional[int] = Field(default=None, sa_column=Column('blockid', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


class ArticleIndexStat(SQLModel, table=True):
    __tablename__ = 'article_index_stat'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    value: Optional[bytes] = Field(default=None, sa_column=Column('value', LargeBinary))


t_article_search = Table(
    'article_search', SQLModel.metadata,
    Column('title', NullType),
    Column('body text', NullType),
    Column('tags', NullType)
)


class ArticleSearchContent(SQLModel, table=True):
    __tablename__ = 'article_search_content'

    docid: Optional[int] = Field(default=None, sa_column=Column('docid', Integer, primary_key=True))
    c0title: Optional[object] = Field(default=None, sa_column=Column('c0title', NullType))
    c1body_text: Optional[object] = Field(default=None, sa_column=Column('c1body text', NullType))
    c2tags: Optional[object] = Field(default=None, sa_column=Column('c2tags', NullType))
    langid: Optional[object] = Field(default=None, sa_column=Column('langid', NullType))


class ArticleSearchDocsize(SQLModel, table=True):
    __tablename__ = 'article_search_docsize'

    docid: Optional[int] = Field(default=None, sa_column=Column('docid', Integer, primary_key=True))
    size: Optional[bytes] = Field(default=None, sa_column=Column('size', LargeBinary))


class ArticleSearchSegdir(SQLModel, table=True):
    __tablename__ = 'article_search_segdir'

    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer, primary_key=True, nullable=True))
    idx: Optional[int] = Field(default=None, sa_column=Column('idx', Integer, primary_key=True, nullable=True))
    start_block: Optional[int] = Field(default=None, sa_column=Column('start_block', Integer))
    leaves_end_block: Optional[int] = Field(default=None, sa_column=Column('leaves_end_block', Integer))
    end_block: Optional[int] = Field(default=None, sa_column=Column('end_block', Integer))
    root: Optional[bytes] = Field(default=None, sa_column=Column('root', LargeBinary))


class ArticleSearchSegments(SQLModel, table=True):
    __tablename__ = 'article_search_segments'

    blockid: Optional[int] = Field(default=None, sa_column=Column('blockid', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


class ArticleSearchStat(SQLModel, table=True):
    __tablename__ = 'article_search_stat'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    value: Optional[bytes] = Field(default=None, sa_column=Column('value', LargeBinary))


class Articles(SQLModel, table=True):
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
    lang: Optional[int] = Field(default=None, sa_column=Column('lang', Integer))


t_bare_fts = Table(
    'bare_fts', SQLModel.metadata,
    Column('x', NullType)
)


class BareFtsConfig(SQLModel, table=True):
    __tablename__ = 'bare_fts_config'

    k: object = Field(sa_column=Column('k', NullType, primary_key=True))
    v: Optional[object] = Field(default=None, sa_column=Column('v', NullType))


class BareFtsData(SQLModel, table=True):
    __tablename__ = 'bare_fts_data'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


class BareFtsDocsize(SQLModel, table=True):
    __tablename__ = 'bare_fts_docsize'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    sz: Optional[bytes] = Field(default=None, sa_column=Column('sz', LargeBinary))


class BareFtsIdx(SQLModel, table=True):
    __tablename__ = 'bare_fts_idx'

    segid: object = Field(sa_column=Column('segid', NullType, primary_key=True))
    term: object = Field(sa_column=Column('term', NullType, primary_key=True))
    pgno: Optional[object] = Field(default=None, sa_column=Column('pgno', NullType))


t_boxes = Table(
    'boxes', SQLModel.metadata,
    Column('box_id', Integer),
    Column('lo x', Integer),
    Column('hi_x', Integer),
    Column('label', NullType),
    Column('owner', NullType)
)


class BoxesNode(SQLModel, table=True):
    __tablename__ = 'boxes_node'

    nodeno: Optional[int] = Field(default=None, sa_column=Column('nodeno', Integer, primary_key=True))
    data: Optional[object] = Field(default=None, sa_column=Column('data', NullType))


class BoxesParent(SQLModel, table=True):
    __tablename__ = 'boxes_parent'

    nodeno: Optional[int] = Field(default=None, sa_column=Column('nodeno', Integer, primary_key=True))
    parentnode: Optional[object] = Field(default=None, sa_column=Column('parentnode', NullType))


class BoxesRowid(SQLModel, table=True):
    __tablename__ = 'boxes_rowid'

    rowid: Optional[int] = Field(default=None, sa_column=Column('rowid', Integer, primary_key=True))
    nodeno: Optional[object] = Field(default=None, sa_column=Column('nodeno', NullType))
    a0: Optional[object] = Field(default=None, sa_column=Column('a0', NullType))
    a1: Optional[object] = Field(default=None, sa_column=Column('a1', NullType))


t_doc_fts = Table(
    'doc_fts', SQLModel.metadata,
    Column('title', NullType),
    Column('body', NullType),
    Column("it's", NullType)
)


class DocFtsConfig(SQLModel, table=True):
    __tablename__ = 'doc_fts_config'

    k: object = Field(sa_column=Column('k', NullType, primary_key=True))
    v: Optional[object] = Field(default=None, sa_column=Column('v', NullType))


class DocFtsContent(SQLModel, table=True):
    __tablename__ = 'doc_fts_content'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    c0: Optional[object] = Field(default=None, sa_column=Column('c0', NullType))
    c1: Optional[object] = Field(default=None, sa_column=Column('c1', NullType))
    c2: Optional[object] = Field(default=None, sa_column=Column('c2', NullType))


class DocFtsData(SQLModel, table=True):
    __tablename__ = 'doc_fts_data'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


class DocFtsDocsize(SQLModel, table=True):
    __tablename__ = 'doc_fts_docsize'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    sz: Optional[bytes] = Field(default=None, sa_column=Column('sz', LargeBinary))


class DocFtsIdx(SQLModel, table=True):
    __tablename__ = 'doc_fts_idx'

    segid: object = Field(sa_column=Column('segid', NullType, primary_key=True))
    term: object = Field(sa_column=Column('term', NullType, primary_key=True))
    pgno: Optional[object] = Field(default=None, sa_column=Column('pgno', NullType))


t_ext_fts = Table(
    'ext_fts', SQLModel.metadata,
    Column('title', NullType)
)


class ExtFtsConfig(SQLModel, table=True):
    __tablename__ = 'ext_fts_config'

    k: object = Field(sa_column=Column('k', NullType, primary_key=True))
    v: Optional[object] = Field(default=None, sa_column=Column('v', NullType))


class ExtFtsData(SQLModel, table=True):
    __tablename__ = 'ext_fts_data'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


class ExtFtsIdx(SQLModel, table=True):
    __tablename__ = 'ext_fts_idx'

    segid: object = Field(sa_column=Column('segid', NullType, primary_key=True))
    term: object = Field(sa_column=Column('term', NullType, primary_key=True))
    pgno: Optional[object] = Field(default=None, sa_column=Column('pgno', NullType))


t_notes_fts = Table(
    'notes_fts', SQLModel.metadata,
    Column('note', NullType)
)


class NotesFtsDocsize(SQLModel, table=True):
    __tablename__ = 'notes_fts_docsize'

    docid: Optional[int] = Field(default=None, sa_column=Column('docid', Integer, primary_key=True))
    size: Optional[bytes] = Field(default=None, sa_column=Column('size', LargeBinary))


class NotesFtsSegdir(SQLModel, table=True):
    __tablename__ = 'notes_fts_segdir'

    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer, primary_key=True, nullable=True))
    idx: Optional[int] = Field(default=None, sa_column=Column('idx', Integer, primary_key=True, nullable=True))
    start_block: Optional[int] = Field(default=None, sa_column=Column('start_block', Integer))
    leaves_end_block: Optional[int] = Field(default=None, sa_column=Column('leaves_end_block', Integer))
    end_block: Optional[int] = Field(default=None, sa_column=Column('end_block', Integer))
    root: Optional[bytes] = Field(default=None, sa_column=Column('root', LargeBinary))


class NotesFtsSegments(SQLModel, table=True):
    __tablename__ = 'notes_fts_segments'

    blockid: Optional[int] = Field(default=None, sa_column=Column('blockid', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


class NotesFtsStat(SQLModel, table=True):
    __tablename__ = 'notes_fts_stat'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    value: Optional[bytes] = Field(default=None, sa_column=Column('value', LargeBinary))


t_old_search = Table(
    'old_search', SQLModel.metadata,
    Column('subject', NullType)
)


class OldSearchContent(SQLModel, table=True):
    __tablename__ = 'old_search_content'

    docid: Optional[int] = Field(default=None, sa_column=Column('docid', Integer, primary_key=True))
    c0subject: Optional[object] = Field(default=None, sa_column=Column('c0subject', NullType))


class OldSearchSegdir(SQLModel, table=True):
    __tablename__ = 'old_search_segdir'

    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer, primary_key=True, nullable=True))
    idx: Optional[int] = Field(default=None, sa_column=Column('idx', Integer, primary_key=True, nullable=True))
    start_block: Optional[int] = Field(default=None, sa_column=Column('start_block', Integer))
    leaves_end_block: Optional[int] = Field(default=None, sa_column=Column('leaves_end_block', Integer))
    end_block: Optional[int] = Field(default=None, sa_column=Column('end_block', Integer))
    root: Optional[bytes] = Field(default=None, sa_column=Column('root', LargeBinary))


class OldSearchSegments(SQLModel, table=True):
    __tablename__ = 'old_search_segments'

    blockid: Optional[int] = Field(default=None, sa_column=Column('blockid', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


t_places = Table(
    'places', SQLModel.metadata,
    Column('id', Integer),
    Column('min_x', REAL),
    Column('max_x', REAL),
    Column('min_y', REAL),
    Column('max_y', REAL)
)


class PlacesNode(SQLModel, table=True):
    __tablename__ = 'places_node'

    nodeno: Optional[int] = Field(default=None, sa_column=Column('nodeno', Integer, primary_key=True))
    data: Optional[object] = Field(default=None, sa_column=Column('data', NullType))


class PlacesParent(SQLModel, table=True):
    __tablename__ = 'places_parent'

    nodeno: Optional[int] = Field(default=None, sa_column=Column('nodeno', Integer, primary_key=True))
    parentnode: Optional[object] = Field(default=None, sa_column=Column('parentnode', NullType))


class PlacesRowid(SQLModel, table=True):
    __tablename__ = 'places_rowid'

    rowid: Optional[int] = Field(default=None, sa_column=Column('rowid', Integer, primary_key=True))
    nodeno: Optional[object] = Field(default=None, sa_column=Column('nodeno', NullType))


t_plain_fts3 = Table(
    'plain_fts3', SQLModel.metadata,
    Column('content', NullType)
)


class PlainFts3Content(SQLModel, table=True):
    __tablename__ = 'plain_fts3_content'

    docid: Optional[int] = Field(default=None, sa_column=Column('docid', Integer, primary_key=True))
    c0content: Optional[object] = Field(default=None, sa_column=Column('c0content', NullType))


class PlainFts3Segdir(SQLModel, table=True):
    __tablename__ = 'plain_fts3_segdir'

    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer, primary_key=True, nullable=True))
    idx: Optional[int] = Field(default=None, sa_column=Column('idx', Integer, primary_key=True, nullable=True))
    start_block: Optional[int] = Field(default=None, sa_column=Column('start_block', Integer))
    leaves_end_block: Optional[int] = Field(default=None, sa_column=Column('leaves_end_block', Integer))
    end_block: Optional[int] = Field(default=None, sa_column=Column('end_block', Integer))
    root: Optional[bytes] = Field(default=None, sa_column=Column('root', LargeBinary))


class PlainFts3Segments(SQLModel, table=True):
    __tablename__ = 'plain_fts3_segments'

    blockid: Optional[int] = Field(default=None, sa_column=Column('blockid', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))

from typing import Optional

from sqlalchemy import Column, Integer, LargeBinary, REAL, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_article_index = Table(
    'article_index', Base.metadata,
    Column('id', NullType),
    Column('title', NullType),
    Column('body', NullType)
)


class ArticleIndexSegdir(Base):
    __tablename__ = 'article_index_segdir'

    level: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    idx: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    start_block: Mapped[Optional[int]] = mapped_column(Integer)
    leaves_end_block: Mapped[Optional[int]] = mapped_column(Integer)
    end_block: Mapped[Optional[int]] = mapped_column(Integer)
    root: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class ArticleIndexSegments(Base):
    __tablename__ = 'article_index_segments'

    blockid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class ArticleIndexStat(Base):
    __tablename__ = 'article_index_stat'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    value: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


t_article_search = Table(
    'article_search', Base.metadata,
    Column('title', NullType),
    Column('body text', NullType),
    Column('tags', NullType)
)


class ArticleSearchContent(Base):
    __tablename__ = 'article_search_content'

    docid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    c0title: Mapped[Optional[object]] = mapped_column(NullType)
    c1body_text: Mapped[Optional[object]] = mapped_column('c1body text', NullType)
    c2tags: Mapped[Optional[object]] = mapped_column(NullType)
    langid: Mapped[Optional[object]] = mapped_column(NullType)


class ArticleSearchDocsize(Base):
    __tablename__ = 'article_search_docsize'

    docid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    size: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class ArticleSearchSegdir(Base):
    __tablename__ = 'article_search_segdir'

    level: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    idx: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    start_block: Mapped[Optional[int]] = mapped_column(Integer)
    leaves_end_block: Mapped[Optional[int]] = mapped_column(Integer)
    end_block: Mapped[Optional[int]] = mapped_column(Integer)
    root: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class ArticleSearchSegments(Base):
    __tablename__ = 'article_search_segments'

    blockid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class ArticleSearchStat(Base):
    __tablename__ = 'article_search_stat'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    value: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class Articles(Base):
    __tablename__ = 'articles'

    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text)
    lang: Mapped[Optional[int]] = mapped_column(Integer)


t_bare_fts = Table(
    'bare_fts', Base.metadata,
    Column('x', NullType)
)


class BareFtsConfig(Base):
    __tablename__ = 'bare_fts_config'

    k: Mapped[object] = mapped_column(NullType, primary_key=True)
    v: Mapped[Optional[object]] = mapped_column(NullType)


class BareFtsData(Base):
    __tablename__ = 'bare_fts_data'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class BareFtsDocsize(Base):
    __tablename__ = 'bare_fts_docsize'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    sz: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class BareFtsIdx(Base):
    __tablename__ = 'bare_fts_idx'

    segid: Mapped[object] = mapped_column(NullType, primary_key=True)
    term: Mapped[object] = mapped_column(NullType, primary_key=True)
    pgno: Mapped[Optional[object]] = mapped_column(NullType)


t_boxes = Table(
    'boxes', Base.metadata,
    Column('box_id', Integer),
    Column('lo x', Integer),
    Column('hi_x', Integer),
    Column('label', NullType),
    Column('owner', NullType)
)


class BoxesNode(Base):
    __tablename__ = 'boxes_node'

    nodeno: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    data: Mapped[Optional[object]] = mapped_column(NullType)


class BoxesParent(Base):
    __tablename__ = 'boxes_parent'

    nodeno: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    parentnode: Mapped[Optional[object]] = mapped_column(NullType)


class BoxesRowid(Base):
    __tablename__ = 'boxes_rowid'

    rowid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    nodeno: Mapped[Optional[object]] = mapped_column(NullType)
    a0: Mapped[Optional[object]] = mapped_column(NullType)
    a1: Mapped[Optional[object]] = mapped_column(NullType)


t_doc_fts = Table(
    'doc_fts', Base.metadata,
    Column('title', NullType),
    Column('body', NullType),
    Column("it's", NullType)
)


class DocFtsConfig(Base):
    __tablename__ = 'doc_fts_config'

    k: Mapped[object] = mapped_column(NullType, primary_key=True)
    v: Mapped[Optional[object]] = mapped_column(NullType)


class DocFtsContent(Base):
    __tablename__ = 'doc_fts_content'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    c0: Mapped[Optional[object]] = mapped_column(NullType)
    c1: Mapped[Optional[object]] = mapped_column(NullType)
    c2: Mapped[Optional[object]] = mapped_column(NullType)


class DocFtsData(Base):
    __tablename__ = 'doc_fts_data'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class DocFtsDocsize(Base):
    __tablename__ = 'doc_fts_docsize'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    sz: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class DocFtsIdx(Base):
    __tablename__ = 'doc_fts_idx'

    segid: Mapped[object] = mapped_column(NullType, primary_key=True)
    term: Mapped[object] = mapped_column(NullType, primary_key=True)
    pgno: Mapped[Optional[object]] = mapped_column(NullType)


t_ext_fts = Table(
    'ext_fts', Base.metadata,
    Column('title', NullType)
)


class ExtFtsConfig(Base):
    __tablename__ = 'ext_fts_config'

    k: Mapped[object] = mapped_column(NullType, primary_key=True)
    v: Mapped[Optional[object]] = mapped_column(NullType)


class ExtFtsData(Base):
    __tablename__ = 'ext_fts_data'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class ExtFtsIdx(Base):
    __tablename__ = 'ext_fts_idx'

    segid: Mapped[object] = mapped_column(NullType, primary_key=True)
    term: Mapped[object] = mapped_column(NullType, primary_key=True)
    pgno: Mapped[Optional[object]] = mapped_column(NullType)


t_notes_fts = Table(
    'notes_fts', Base.metadata,
    Column('note', NullType)
)


class NotesFtsDocsize(Base):
    __tablename__ = 'notes_fts_docsize'

    docid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    size: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class NotesFtsSegdir(Base):
    __tablename__ = 'notes_fts_segdir'

    level: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    idx: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    start_block: Mapped[Optional[int]] = mapped_column(Integer)
    leaves_end_block: Mapped[Optional[int]] = mapped_column(Integer)
    end_block: Mapped[Optional[int]] = mapped_column(Integer)
    root: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class NotesFtsSegments(Base):
    __tablename__ = 'notes_fts_segments'

    blockid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class NotesFtsStat(Base):
    __tablename__ = 'notes_fts_stat'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    value: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


t_old_search = Table(
    'old_search', Base.metadata,
    Column('subject', NullType)
)


class OldSearchContent(Base):
    __tablename__ = 'old_search_content'

    docid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    c0subject: Mapped[Optional[object]] = mapped_column(NullType)


class OldSearchSegdir(Base):
    __tablename__ = 'old_search_segdir'

    level: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    idx: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    start_block: Mapped[Optional[int]] = mapped_column(Integer)
    leaves_end_block: Mapped[Optional[int]] = mapped_column(Integer)
    end_block: Mapped[Optional[int]] = mapped_column(Integer)
    root: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class OldSearchSegments(Base):
    __tablename__ = 'old_search_segments'

    blockid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


t_places = Table(
    'places', Base.metadata,
    Column('id', Integer),
    Column('min_x', REAL),
    Column('max_x', REAL),
    Column('min_y', REAL),
    Column('max_y', REAL)
)


class PlacesNode(Base):
    __tablename__ = 'places_node'

    nodeno: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    data: Mapped[Optional[object]] = mapped_column(NullType)


class PlacesParent(Base):
    __tablename__ = 'places_parent'

    nodeno: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    parentnode: Mapped[Optional[object]] = mapped_column(NullType)


class PlacesRowid(Base):
    __tablename__ = 'places_rowid'

    rowid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    nodeno: Mapped[Optional[object]] = mapped_column(NullType)


t_plain_fts3 = Table(
    'plain_fts3', Base.metadata,
    Column('content', NullType)
)


class PlainFts3Content(Base):
    __tablename__ = 'plain_fts3_content'

    docid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    c0content: Mapped[Optional[object]] = mapped_column(NullType)


class PlainFts3Segdir(Base):
    __tablename__ = 'plain_fts3_segdir'

    level: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    idx: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    start_block: Mapped[Optional[int]] = mapped_column(Integer)
    leaves_end_block: Mapped[Optional[int]] = mapped_column(Integer)
    end_block: Mapped[Optional[int]] = mapped_column(Integer)
    root: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class PlainFts3Segments(Base):
    __tablename__ = 'plain_fts3_segments'

    blockid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)

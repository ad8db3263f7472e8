from typing import Optional

from sqlalchemy import Column, Integer, LargeBinary, REAL, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_post_search = Table(
    'post_search', Base.metadata,
    Column('title', NullType),
    Column('body', NullType)
)


class PostSearchContent(Base):
    __tablename__ = 'post_search_content'

    docid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    c0title: Mapped[Optional[object]] = mapped_column(NullType)
    c1body: Mapped[Optional[object]] = mapped_column(NullType)


class PostSearchDocsize(Base):
    __tablename__ = 'post_search_docsize'

    docid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    size: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class PostSearchSegdir(Base):
    __tablename__ = 'post_search_segdir'

    level: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    idx: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, nullable=True)
    start_block: Mapped[Optional[int]] = mapped_column(Integer)
    leaves_end_block: Mapped[Optional[int]] = mapped_column(Integer)
    end_block: Mapped[Optional[int]] = mapped_column(Integer)
    root: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class PostSearchSegments(Base):
    __tablename__ = 'post_search_segments'

    blockid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class PostSearchStat(Base):
    __tablename__ = 'post_search_stat'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    value: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class Posts(Base):
    __tablename__ = 'posts'

    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text)


t_spots = Table(
    'spots', Base.metadata,
    Column('id', Integer),
    Column('x0', REAL),
    Column('x1', REAL),
    Column('label', NullType)
)


class SpotsNode(Base):
    __tablename__ = 'spots_node'

    nodeno: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    data: Mapped[Optional[object]] = mapped_column(NullType)


class SpotsParent(Base):
    __tablename__ = 'spots_parent'

    nodeno: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    parentnode: Mapped[Optional[object]] = mapped_column(NullType)


class SpotsRowid(Base):
    __tablename__ = 'spots_rowid'

    rowid: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    nodeno: Mapped[Optional[object]] = mapped_column(NullType)
    a0: Mapped[Optional[object]] = mapped_column(NullType)


t_tag_search = Table(
    'tag_search', Base.metadata,
    Column('tag', NullType),
    Column('note', NullType)
)


class TagSearchConfig(Base):
    __tablename__ = 'tag_search_config'

    k: Mapped[object] = mapped_column(NullType, primary_key=True)
    v: Mapped[Optional[object]] = mapped_column(NullType)


class TagSearchData(Base):
    __tablename__ = 'tag_search_data'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    block: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class TagSearchDocsize(Base):
    __tablename__ = 'tag_search_docsize'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    sz: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class TagSearchIdx(Base):
    __tablename__ = 'tag_search_idx'

    segid: Mapped[object] = mapped_column(NullType, primary_key=True)
    term: Mapped[object] = mapped_column(NullType, primary_key=True)
    pgno: Mapped[Optional[object]] = mapped_column(NullType)

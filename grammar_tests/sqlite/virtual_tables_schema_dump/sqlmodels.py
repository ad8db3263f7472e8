from typing import Optional

from sqlalchemy import Column, Integer, LargeBinary, REAL, Table, Text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

t_post_search = Table(
    'post_search', SQLModel.metadata,
    Column('title', NullType),
    Column('body', NullType)
)


class PostSearchContent(SQLModel, table=True):
    __tablename__ = 'post_search_content'

    docid: Optional[int] = Field(default=None, sa_column=Column('docid', Integer, primary_key=True))
    c0title: Optional[object] = Field(default=None, sa_column=Column('c0title', NullType))
    c1body: Optional[object] = Field(default=None, sa_column=Column('c1body', NullType))


class PostSearchDocsize(SQLModel, table=True):
    __tablename__ = 'post_search_docsize'

    docid: Optional[int] = Field(default=None, sa_column=Column('docid', Integer, primary_key=True))
    size: Optional[bytes] = Field(default=None, sa_column=Column('size', LargeBinary))


class PostSearchSegdir(SQLModel, table=True):
    __tablename__ = 'post_search_segdir'

    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer, primary_key=True, nullable=True))
    idx: Optional[int] = Field(default=None, sa_column=Column('idx', Integer, primary_key=True, nullable=True))
    start_block: Optional[int] = Field(default=None, sa_column=Column('start_block', Integer))
    leaves_end_block: Optional[int] = Field(default=None, sa_column=Column('leaves_end_block', Integer))
    end_block: Optional[int] = Field(default=None, sa_column=Column('end_block', Integer))
    root: Optional[bytes] = Field(default=None, sa_column=Column('root', LargeBinary))


class PostSearchSegments(SQLModel, table=True):
    __tablename__ = 'post_search_segments'

    blockid: Optional[int] = Field(default=None, sa_column=Column('blockid', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


class PostSearchStat(SQLModel, table=True):
    __tablename__ = 'post_search_stat'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    value: Optional[bytes] = Field(default=None, sa_column=Column('value', LargeBinary))


class Posts(SQLModel, table=True):
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))


t_spots = Table(
    'spots', SQLModel.metadata,
    Column('id', Integer),
    Column('x0', REAL),
    Column('x1', REAL),
    Column('label', NullType)
)


class SpotsNode(SQLModel, table=True):
    __tablename__ = 'spots_node'

    nodeno: Optional[int] = Field(default=None, sa_column=Column('nodeno', Integer, primary_key=True))
    data: Optional[object] = Field(default=None, sa_column=Column('data', NullType))


class SpotsParent(SQLModel, table=True):
    __tablename__ = 'spots_parent'

    nodeno: Optional[int] = Field(default=None, sa_column=Column('nodeno', Integer, primary_key=True))
    parentnode: Optional[object] = Field(default=None, sa_column=Column('parentnode', NullType))


class SpotsRowid(SQLModel, table=True):
    __tablename__ = 'spots_rowid'

    rowid: Optional[int] = Field(default=None, sa_column=Column('rowid', Integer, primary_key=True))
    nodeno: Optional[object] = Field(default=None, sa_column=Column('nodeno', NullType))
    a0: Optional[object] = Field(default=None, sa_column=Column('a0', NullType))


t_tag_search = Table(
    'tag_search', SQLModel.metadata,
    Column('tag', NullType),
    Column('note', NullType)
)


class TagSearchConfig(SQLModel, table=True):
    __tablename__ = 'tag_search_config'

    k: object = Field(sa_column=Column('k', NullType, primary_key=True))
    v: Optional[object] = Field(default=None, sa_column=Column('v', NullType))


class TagSearchData(SQLModel, table=True):
    __tablename__ = 'tag_search_data'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    block: Optional[bytes] = Field(default=None, sa_column=Column('block', LargeBinary))


class TagSearchDocsize(SQLModel, table=True):
    __tablename__ = 'tag_search_docsize'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    sz: Optional[bytes] = Field(default=None, sa_column=Column('sz', LargeBinary))


class TagSearchIdx(SQLModel, table=True):
    __tablename__ = 'tag_search_idx'

    segid: object = Field(sa_column=Column('segid', NullType, primary_key=True))
    term: object = Field(sa_column=Column('term', NullType, primary_key=True))
    pgno: Optional[object] = Field(default=None, sa_column=Column('pgno', NullType))

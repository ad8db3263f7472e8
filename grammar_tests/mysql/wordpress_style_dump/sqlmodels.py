from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DateTime, Enum, Index, String, TIMESTAMP, Text, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DECIMAL, ENUM, FLOAT, INTEGER, LONGTEXT, TINYINT, YEAR
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class WpOptionsKind(str, enum.Enum):
    A = 'a'
    B_C = "b'c"
    D = 'd'


class WpOptions(SQLModel, table=True):
    __tablename__ = 'wp_options'
    __table_args__ = (
        Index('autoload', 'autoload'),
        Index('option_name', 'option_name', unique=True),
        {'comment': 'site options'}
    )

    option_id: int = Field(sa_column=Column('option_id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    option_name: str = Field(sa_column=Column('option_name', String(191), nullable=False, server_default=text("''")))
    option_value: str = Field(sa_column=Column('option_value', LONGTEXT, nullable=False))
    autoload: str = Field(sa_column=Column('autoload', String(20), nullable=False, server_default=text("'yes'")))
    flag: int = Field(sa_column=Column('flag', TINYINT(1), nullable=False, server_default=text('1')))
    ts: datetime.datetime = Field(sa_column=Column('ts', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', FLOAT(7, 4)))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', DECIMAL(10, 2, unsigned=True, zerofill=True)))
    kind: Optional[WpOptionsKind] = Field(default=None, sa_column=Column('kind', Enum(WpOptionsKind, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'")))
    bits: Optional[object] = Field(default=None, sa_column=Column('bits', BIT(8)))
    yr: Optional[object] = Field(default=None, sa_column=Column('yr', YEAR(4)))
    pt: Optional[object] = Field(default=None, sa_column=Column('pt', NullType))
    js: Optional[str] = Field(default=None, sa_column=Column('js', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))


class WpPosts(SQLModel, table=True):
    __tablename__ = 'wp_posts'
    __table_args__ = (
        Index('ft_content', 'post_title', 'post_content', mysql_prefix='FULLTEXT'),
        Index('post_author', 'post_author'),
        Index('post_name', 'post_name', mysql_length={'post_name': 191}),
        Index('post_parent', 'post_parent'),
        Index('type_status_date', 'post_type', 'post_status', 'post_date', 'ID')
    )

    ID: int = Field(sa_column=Column('ID', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    post_author: int = Field(sa_column=Column('post_author', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')))
    post_date: datetime.datetime = Field(sa_column=Column('post_date', DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'")))
    post_content: str = Field(sa_column=Column('post_content', LONGTEXT, nullable=False))
    post_title: str = Field(sa_column=Column('post_title', Text, nullable=False))
    post_status: str = Field(sa_column=Column('post_status', String(20), nullable=False, server_default=text("'publish'")))
    comment_status: str = Field(sa_column=Column('comment_status', String(20), nullable=False, server_default=text("'open'")))
    post_name: str = Field(sa_column=Column('post_name', String(200), nullable=False, server_default=text("''")))
    post_modified_gmt: datetime.datetime = Field(sa_column=Column('post_modified_gmt', DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'")))
    post_parent: int = Field(sa_column=Column('post_parent', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')))
    guid: str = Field(sa_column=Column('guid', String(255), nullable=False, server_default=text("''")))
    menu_order: int = Field(sa_column=Column('menu_order', INTEGER(11), nullable=False, server_default=text('0')))
    post_type: str = Field(sa_column=Column('post_type', String(20), nullable=False, server_default=text("'post'")))
    comment_count: int = Field(sa_column=Column('comment_count', BIGINT(20), nullable=False, server_default=text('0')))


class WpTermRelationships(SQLModel, table=True):
    __tablename__ = 'wp_term_relationships'
    __table_args__ = (
        Index('term_taxonomy_id', 'term_taxonomy_id'),
    )

    object_id: int = Field(sa_column=Column('object_id', BIGINT(20, unsigned=True), primary_key=True, server_default=text('0')))
    term_taxonomy_id: int = Field(sa_column=Column('term_taxonomy_id', BIGINT(20, unsigned=True), primary_key=True, server_default=text('0')))
    term_order: int = Field(sa_column=Column('term_order', INTEGER(11), nullable=False, server_default=text('0')))


class WpUsermeta(SQLModel, table=True):
    __tablename__ = 'wp_usermeta'
    __table_args__ = (
        Index('meta_key', 'meta_key', mysql_length={'meta_key': 191}),
        Index('user_id', 'user_id')
    )

    umeta_id: int = Field(sa_column=Column('umeta_id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')))
    meta_key: Optional[str] = Field(default=None, sa_column=Column('meta_key', String(255)))
    meta_value: Optional[str] = Field(default=None, sa_column=Column('meta_value', LONGTEXT))


class WpUsers(SQLModel, table=True):
    __tablename__ = 'wp_users'
    __table_args__ = (
        Index('user_email', 'user_email'),
        Index('user_login_key', 'user_login'),
        Index('user_nicename', 'user_nicename')
    )

    ID: int = Field(sa_column=Column('ID', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    user_login: str = Field(sa_column=Column('user_login', String(60), nullable=False, server_default=text("''")))
    user_pass: str = Field(sa_column=Column('user_pass', String(255), nullable=False, server_default=text("''")))
    user_nicename: str = Field(sa_column=Column('user_nicename', String(50), nullable=False, server_default=text("''")))
    user_email: str = Field(sa_column=Column('user_email', String(100), nullable=False, server_default=text("''")))
    user_url: str = Field(sa_column=Column('user_url', String(100), nullable=False, server_default=text("''")))
    user_registered: datetime.datetime = Field(sa_column=Column('user_registered', DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'")))
    user_activation_key: str = Field(sa_column=Column('user_activation_key', String(255), nullable=False, server_default=text("''")))
    user_status: int = Field(sa_column=Column('user_status', INTEGER(11), nullable=False, server_default=text('0')))
    display_name: str = Field(sa_column=Column('display_name', String(250), nullable=False, server_default=text("''")))

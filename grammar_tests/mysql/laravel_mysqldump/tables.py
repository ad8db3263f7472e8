import enum

from sqlalchemy import Column, DECIMAL, DateTime, Enum, ForeignKeyConstraint, Index, MetaData, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, LONGTEXT, TINYINT

metadata = MetaData()


class PostsStatus(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'
    ARCHIVED = 'archived'


t_categories = Table(
    'categories', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('parent_id', BIGINT(20, unsigned=True)),
    Column('name', String(255), nullable=False),
    ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_parent_id_foreign'),
    Index('categories_parent_id_foreign', 'parent_id')
)

t_migrations = Table(
    'migrations', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('migration', String(255), nullable=False),
    Column('batch', INTEGER(11), nullable=False)
)

t_tags = Table(
    'tags', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('name', String(255), nullable=False)
)

t_users = Table(
    'users', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('name', String(255), nullable=False),
    Column('email', String(255), nullable=False),
    Column('email_verified_at', TIMESTAMP),
    Column('password', String(255), nullable=False),
    Column('remember_token', String(100)),
    Column('is_admin', TINYINT(1), nullable=False, server_default=text('0')),
    Column('balance', DECIMAL(12, 2), nullable=False, server_default=text('0.00')),
    Column('created_at', TIMESTAMP),
    Column('updated_at', TIMESTAMP),
    Index('users_email_unique', 'email', unique=True)
)

t_posts = Table(
    'posts', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('user_id', BIGINT(20, unsigned=True), nullable=False),
    Column('category_id', BIGINT(20, unsigned=True)),
    Column('title', String(255), nullable=False),
    Column('slug', String(255), nullable=False),
    Column('body', LONGTEXT, nullable=False),
    Column('status', Enum(PostsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'")),
    Column('meta', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    Column('published_at', DateTime),
    Column('created_at', TIMESTAMP),
    Column('updated_at', TIMESTAMP),
    ForeignKeyConstraint(['category_id'], ['categories.id'], ondelete='SET NULL', name='posts_category_id_foreign'),
    ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='posts_user_id_foreign'),
    Index('posts_category_id_foreign', 'category_id'),
    Index('posts_slug_unique', 'slug', unique=True),
    Index('posts_status_published_at_index', 'status', 'published_at'),
    Index('posts_user_id_foreign', 'user_id')
)

t_post_tag = Table(
    'post_tag', metadata,
    Column('post_id', BIGINT(20, unsigned=True), primary_key=True),
    Column('tag_id', BIGINT(20, unsigned=True), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='post_tag_post_id_foreign'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='post_tag_tag_id_foreign'),
    Index('post_tag_tag_id_foreign', 'tag_id')
)

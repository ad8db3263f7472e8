import enum

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Enum, ForeignKeyConstraint, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TIMESTAMP

metadata = MetaData()


class UserRole(str, enum.Enum):
    MEMBER = 'member'
    ADMIN = 'admin'


t_ar_internal_metadata = Table(
    'ar_internal_metadata', metadata,
    Column('key', String, primary_key=True),
    Column('value', String),
    Column('created_at', TIMESTAMP(precision=6), nullable=False),
    Column('updated_at', TIMESTAMP(precision=6), nullable=False),
    PrimaryKeyConstraint('key', name='ar_internal_metadata_pkey')
)

t_schema_migrations = Table(
    'schema_migrations', metadata,
    Column('version', String, primary_key=True),
    PrimaryKeyConstraint('version', name='schema_migrations_pkey')
)

t_users = Table(
    'users', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('email', String, nullable=False, server_default=text("''::character varying")),
    Column('encrypted_password', String, nullable=False, server_default=text("''::character varying")),
    Column('reset_password_token', String),
    Column('role', Enum(UserRole, values_callable=lambda cls: [member.value for member in cls], name='user_role'), nullable=False, server_default=text("'member'::user_role")),
    Column('settings', JSONB, nullable=False, server_default=text("'{}'::jsonb")),
    Column('tags', ARRAY(String()), server_default=text("'{}'::character varying[]")),
    Column('score', Numeric(8, 3), server_default=text('0.0')),
    Column('uuid', Uuid, nullable=False, server_default=text('gen_random_uuid()')),
    Column('deleted_at', TIMESTAMP(precision=6)),
    Column('created_at', TIMESTAMP(precision=6), nullable=False),
    Column('updated_at', TIMESTAMP(precision=6), nullable=False),
    PrimaryKeyConstraint('id', name='users_pkey'),
    Index('index_users_on_email', postgresql_where='(deleted_at IS NULL)', unique=True),
    Index('index_users_on_reset_password_token', 'reset_password_token', unique=True),
    Index('index_users_on_settings', 'settings', postgresql_ops={'settings': 'jsonb_path_ops'}, postgresql_using='gin'),
    Index('index_users_on_tags', 'tags', postgresql_using='gin')
)

t_articles = Table(
    'articles', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('user_id', BigInteger, nullable=False),
    Column('title', String, nullable=False),
    Column('body', Text),
    Column('published', Boolean, nullable=False, server_default=text('false')),
    Column('views', Integer, nullable=False, server_default=text('0')),
    Column('published_at', DateTime),
    Column('created_at', TIMESTAMP(precision=6), nullable=False),
    Column('updated_at', TIMESTAMP(precision=6), nullable=False),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='fk_rails_3d31dad1cc'),
    PrimaryKeyConstraint('id', name='articles_pkey'),
    Index('index_articles_on_published_at', 'published_at', postgresql_where='published'),
    Index('index_articles_on_user_id', 'user_id')
)

t_comments = Table(
    'comments', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('article_id', BigInteger, nullable=False),
    Column('user_id', BigInteger),
    Column('parent_id', BigInteger),
    Column('body', Text, nullable=False),
    Column('created_at', TIMESTAMP(precision=6), nullable=False),
    Column('updated_at', TIMESTAMP(precision=6), nullable=False),
    ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE', name='fk_rails_3bf61a60d3'),
    ForeignKeyConstraint(['parent_id'], ['comments.id'], name='fk_rails_31554e7034'),
    ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='SET NULL', name='fk_rails_03de2dc08c'),
    PrimaryKeyConstraint('id', name='comments_pkey'),
    Index('index_comments_on_article_id', 'article_id'),
    Index('index_comments_on_parent_id', 'parent_id')
)

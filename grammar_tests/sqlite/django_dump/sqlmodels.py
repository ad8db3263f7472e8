from typing import Optional
import datetime

from sqlalchemy import Boolean, CheckConstraint, Column, DateTime, ForeignKey, Index, Integer, String, Text
from sqlmodel import Field, Relationship, SQLModel

class AuthGroup(SQLModel, table=True):
    __tablename__ = 'auth_group'

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', String(150), nullable=False))

    auth_user_groups: list['AuthUserGroups'] = Relationship(back_populates='group')
    auth_group_permissions: list['AuthGroupPermissions'] = Relationship(back_populates='group')


class AuthUser(SQLModel, table=True):
    __tablename__ = 'auth_user'

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    password: str = Field(sa_column=Column('password', String(128), nullable=False))
    is_superuser: bool = Field(sa_column=Column('is_superuser', Boolean, nullable=False))
    username: str = Field(sa_column=Column('username', String(150), nullable=False))
    last_name: str = Field(sa_column=Column('last_name', String(150), nullable=False))
    email: str = Field(sa_column=Column('email', String(254), nullable=False))
    is_staff: bool = Field(sa_column=Column('is_staff', Boolean, nullable=False))
    is_active: bool = Field(sa_column=Column('is_active', Boolean, nullable=False))
    date_joined: datetime.datetime = Field(sa_column=Column('date_joined', DateTime, nullable=False))
    first_name: str = Field(sa_column=Column('first_name', String(150), nullable=False))
    last_login: Optional[datetime.datetime] = Field(default=None, sa_column=Column('last_login', DateTime))

    auth_user_groups: list['AuthUserGroups'] = Relationship(back_populates='user')
    django_admin_log: list['DjangoAdminLog'] = Relationship(back_populates='user')


class DjangoContentType(SQLModel, table=True):
    __tablename__ = 'django_content_type'
    __table_args__ = (
        Index('django_content_type_app_label_model_76bd3d3b_uniq', 'app_label', 'model', unique=True),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    app_label: str = Field(sa_column=Column('app_label', String(100), nullable=False))
    model: str = Field(sa_column=Column('model', String(100), nullable=False))

    auth_permission: list['AuthPermission'] = Relationship(back_populates='content_type')
    django_admin_log: list['DjangoAdminLog'] = Relationship(back_populates='content_type')


class DjangoMigrations(SQLModel, table=True):
    __tablename__ = 'django_migrations'

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    app: str = Field(sa_column=Column('app', String(255), nullable=False))
    name: str = Field(sa_column=Column('name', String(255), nullable=False))
    applied: datetime.datetime = Field(sa_column=Column('applied', DateTime, nullable=False))


class DjangoSession(SQLModel, table=True):
    __tablename__ = 'django_session'
    __table_args__ = (
        Index('django_session_expire_date_a5c62663', 'expire_date'),
    )

    session_key: str = Field(sa_column=Column('session_key', String(40), primary_key=True))
    session_data: str = Field(sa_column=Column('session_data', Text, nullable=False))
    expire_date: datetime.datetime = Field(sa_column=Column('expire_date', DateTime, nullable=False))


class AuthPermission(SQLModel, table=True):
    __tablename__ = 'auth_permission'

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    content_type_id: int = Field(sa_column=Column('content_type_id', ForeignKey('django_content_type.id'), nullable=False))
    codename: str = Field(sa_column=Column('codename', String(100), nullable=False))
    name: str = Field(sa_column=Column('name', String(255), nullable=False))

    content_type: 'DjangoContentType' = Relationship(back_populates='auth_permission')
    auth_group_permissions: list['AuthGroupPermissions'] = Relationship(back_populates='permission')


class AuthUserGroups(SQLModel, table=True):
    __tablename__ = 'auth_user_groups'
    __table_args__ = (
        Index('auth_user_groups_user_id_group_id_94350c0c_uniq', 'user_id', 'group_id', unique=True),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    user_id: int = Field(sa_column=Column('user_id', ForeignKey('auth_user.id'), nullable=False))
    group_id: int = Field(sa_column=Column('group_id', ForeignKey('auth_group.id'), nullable=False))

    group: 'AuthGroup' = Relationship(back_populates='auth_user_groups')
    user: 'AuthUser' = Relationship(back_populates='auth_user_groups')


class DjangoAdminLog(SQLModel, table=True):
    __tablename__ = 'django_admin_log'
    __table_args__ = (
        CheckConstraint('"action_flag" >= 0'),
        Index('django_admin_log_content_type_id_c4bce8eb', 'content_type_id')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    object_repr: str = Field(sa_column=Column('object_repr', String(200), nullable=False))
    action_flag: int = Field(sa_column=Column('action_flag', Integer, nullable=False))
    change_message: str = Field(sa_column=Column('change_message', Text, nullable=False))
    user_id: int = Field(sa_column=Column('user_id', ForeignKey('auth_user.id'), nullable=False))
    action_time: datetime.datetime = Field(sa_column=Column('action_time', DateTime, nullable=False))
    object_id: Optional[str] = Field(default=None, sa_column=Column('object_id', Text))
    content_type_id: Optional[int] = Field(default=None, sa_column=Column('content_type_id', ForeignKey('django_content_type.id')))

    content_type: Optional['DjangoContentType'] = Relationship(back_populates='django_admin_log')
    user: 'AuthUser' = Relationship(back_populates='django_admin_log')


class AuthGroupPermissions(SQLModel, table=True):
    __tablename__ = 'auth_group_permissions'
    __table_args__ = (
        Index('auth_group_permissions_group_id_b120cbf9', 'group_id'),
        Index('auth_group_permissions_group_id_permission_id_0cd325b0_uniq', 'group_id', 'permission_id', unique=True)
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    group_id: int = Field(sa_column=Column('group_id', ForeignKey('auth_group.id'), nullable=False))
    permission_id: int = Field(sa_column=Column('permission_id', ForeignKey('auth_permission.id'), nullable=False))

    group: 'AuthGroup' = Relationship(back_populates='auth_group_permissions')
    permission: 'AuthPermission' = Relationship(back_populates='auth_group_permissions')
